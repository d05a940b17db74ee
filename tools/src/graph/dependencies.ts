/**
 * createDependencies: project graph edges. An app depends on the
 * libraries it selects and on the platform of each target it declares;
 * a library depends on what it requires (placeholders expanded over all
 * targets, keeping the names that exist).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DependencyType, type CreateDependencies, type RawProjectGraphDependency } from '@nx/devkit';
import { allExpansions, parseTarget, requirementName } from '../manifest/naming';
import { UkError, didYouMean } from '../util/errors';
import { failingGraph } from './graph-command';
import { APP_MANIFEST, LIB_MANIFEST, loadWorkspace } from '../manifest/workspace';

export const createDependencies: CreateDependencies = (_options, ctx) =>
  failingGraph(() => {
    const files: string[] = [];
    for (const p of Object.values(ctx.projects)) {
      for (const m of [LIB_MANIFEST, APP_MANIFEST]) {
        if (existsSync(join(ctx.workspaceRoot, p.root, m))) files.push(join(p.root, m));
      }
    }
    const ws = loadWorkspace(ctx.workspaceRoot, files);
    const deps: RawProjectGraphDependency[] = [];
    const edge = (source: string, target: string, sourceFile: string) =>
      deps.push({ source, target, sourceFile, type: DependencyType.static });

    const providers = new Map<string, string[]>();
    for (const [name, lib] of ws.libs)
      for (const c of lib.manifest.provides) providers.set(c, [...(providers.get(c) ?? []), name]);
    for (const [name, lib] of ws.libs) {
      for (const req of lib.manifest.requires) {
        // A capability stands for every library that provides it.
        const found = allExpansions(req).flatMap((n) =>
          ws.libs.has(n) || ws.broken.has(n) ? [n] : (providers.get(n) ?? []),
        );
        // With a broken manifest about, a missing name may be its: the builds that need it say so.
        if (found.length === 0 && ws.broken.size > 0) continue;
        if (found.length === 0) {
          const wanted = requirementName(req);
          throw new UkError(
            `${lib.file}: 'requires' names library '${wanted}', which does not exist${didYouMean(wanted, ws.libs.keys())}`,
          );
        }
        for (const dep of found) edge(name, dep, lib.file);
      }
    }
    for (const [name, app] of ws.apps) {
      for (const lib of app.manifest.libraries) {
        // A capability (netdev-driver) stands for every library that provides it.
        const found = ws.libs.has(lib) || ws.broken.has(lib) ? [lib] : (providers.get(lib) ?? []);
        if (found.length === 0) {
          throw new UkError(
            `${app.file}: 'libraries' names library '${lib}', which does not exist${didYouMean(lib, ws.libs.keys())}`,
          );
        }
        for (const dep of found) edge(name, dep, app.file);
      }
      for (const t of new Set(app.manifest.targets.map((n) => `plat-${parseTarget(n).plat}`))) {
        if (ws.libs.has(t)) edge(name, t, app.file);
      }
    }
    return deps;
  });
