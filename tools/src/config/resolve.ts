/**
 * The resolver: an app and one target → the library closure in link order,
 * every option's value, and per library what it sees (its config header,
 * include path, sources). Errors name the file and the requirement chain.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { LibraryManifest, OptionValue } from '../manifest/schema';
import type { AppEntry, LibEntry, Workspace } from '../graph/workspace';
import { UkError, didYouMean } from '../util/errors';
import { generateHeader } from './header';
import { expandRequirement, parseTarget, type Target } from './naming';
import { resolveValues } from './options';

export interface ResolvedLib {
  name: string;
  root: string;
  file: string;
  manifest: LibraryManifest;
  values: Record<string, OptionValue>;
  /** Libraries it requires, transitively (names, sorted). */
  visible: string[];
  /** Source files, workspace-relative. */
  sources: string[];
  /** Public include dirs of itself and what it sees, workspace-relative. */
  includeDirs: string[];
  /** The generated uk/config.h. */
  header: string;
  /** Short hash of the header: equal values → equal variant. */
  variant: string;
}

export interface ResolvedImage {
  app: string;
  target: Target;
  /** Libraries, each after everything it requires. */
  libs: ResolvedLib[];
  /** Header and include path for the app's own sources (it sees all). */
  appHeader: string;
  appIncludeDirs: string[];
  /** Workspace-relative linker script of the platform, if it has one. */
  linkerScript?: string;
}

export function variantOf(header: string): string {
  return createHash('sha256').update(header).digest('hex').slice(0, 10);
}

function supports(m: LibraryManifest, t: Target): string | undefined {
  if (m.archs && !m.archs.includes(t.arch)) return `arch ${t.arch} (it supports ${m.archs.join(', ')})`;
  if (m.plats && !m.plats.includes(t.plat)) return `platform ${t.plat} (it supports ${m.plats.join(', ')})`;
  return undefined;
}

/** Depth-first walk of requirements: closure in post-order (deps first). */
function closureOf(ws: Workspace, app: AppEntry, t: Target): LibEntry[] {
  const order: LibEntry[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, chain: string[], requiredIn: string, field: string) => {
    const lib = ws.libs.get(name);
    const via = chain.join(' → ');
    if (!lib) {
      throw new UkError(
        `${requiredIn}: ${field} names library '${name}', which does not exist${didYouMean(name, ws.libs.keys())} (chain: ${via} → ${name})`,
      );
    }
    const st = state.get(name);
    if (st === 'done') return;
    if (st === 'visiting') {
      const start = chain.indexOf(name);
      throw new UkError(`${lib.file}: dependency cycle: ${[...chain.slice(start), name].join(' → ')}`);
    }
    const unsupported = supports(lib.manifest, t);
    if (unsupported) {
      throw new UkError(`${lib.file}: library '${name}' does not support ${unsupported}, but ${t.name} needs it (chain: ${via} → ${name})`);
    }
    state.set(name, 'visiting');
    for (const req of lib.manifest.requires) visit(expandRequirement(req, t), [...chain, name], lib.file, `'requires'`);
    state.set(name, 'done');
    order.push(lib);
  };
  for (const name of app.manifest.libraries) visit(name, [app.manifest.name], app.file, `'libraries'`);
  const plat = `plat-${t.plat}`;
  if (!ws.libs.has(plat)) throw new UkError(`${app.file}: target ${t.name} needs platform project '${plat}', which does not exist`);
  visit(plat, [app.manifest.name], app.file, `target ${t.name}`);
  return order;
}

function checkProviders(libs: readonly LibEntry[], t: Target): void {
  const by = new Map<string, string>();
  for (const lib of libs) {
    for (const cap of lib.manifest.provides) {
      const other = by.get(cap);
      if (other) {
        throw new UkError(`${lib.file}: '${lib.manifest.name}' and '${other}' both provide '${cap}' in the image for ${t.name}; select only one of them`);
      }
      by.set(cap, lib.manifest.name);
    }
  }
}

function sourcesOf(lib: LibEntry, t: Target, values: Record<string, OptionValue>): string[] {
  const s = lib.manifest.sources;
  const files = [...s.common, ...(s.arch[t.arch] ?? []), ...(s.plat[t.plat] ?? [])];
  for (const w of s.when) {
    const def = lib.manifest.options[w.option];
    if (!def || def.type !== 'bool') {
      throw new UkError(`${lib.file}: field 'sources.when': '${w.option}' is not a bool option of '${lib.manifest.name}'`);
    }
    if (values[w.option] === true) files.push(...w.sources);
  }
  return files.map((f) => join(lib.root, f));
}

export function resolveImage(ws: Workspace, appName: string, targetName: string): ResolvedImage {
  const app = ws.apps.get(appName);
  if (!app) throw new UkError(`unknown app '${appName}'${didYouMean(appName, ws.apps.keys())}`);
  const t = parseTarget(targetName);
  const order = closureOf(ws, app, t);
  checkProviders(order, t);
  const manifests = new Map(order.map((l) => [l.manifest.name, l.manifest]));
  const values = resolveValues(manifests, { configFile: app.configFile, config: app.config, target: t.name });

  const visibleOf = new Map<string, Set<string>>();
  const libs: ResolvedLib[] = order.map((lib) => {
    const name = lib.manifest.name;
    const seen = new Set<string>();
    for (const req of lib.manifest.requires) {
      const dep = expandRequirement(req, t);
      seen.add(dep);
      for (const d of visibleOf.get(dep) ?? []) seen.add(d);
    }
    visibleOf.set(name, seen);
    const visible = [...seen].sort();
    const all = [name, ...visible];
    const header = generateHeader(
      t,
      all.map((n) => ({ manifest: manifests.get(n)!, values: values.get(n)! })),
    );
    const includeDirs = all.flatMap((n) => {
      const e = ws.libs.get(n)!;
      return e.manifest.include.map((d) => join(e.root, d));
    });
    const own = values.get(name)!;
    return {
      name,
      root: lib.root,
      file: lib.file,
      manifest: lib.manifest,
      values: own,
      visible,
      sources: sourcesOf(lib, t, own),
      includeDirs,
      header,
      variant: variantOf(header),
    };
  });

  const appHeader = generateHeader(
    t,
    order.map((l) => ({ manifest: l.manifest, values: values.get(l.manifest.name)! })),
  );
  const plat = ws.libs.get(`plat-${t.plat}`)!;
  const script = plat.manifest.linkerScript?.[t.arch];
  return {
    app: appName,
    target: t,
    libs,
    appHeader,
    appIncludeDirs: [app.root, ...libs.flatMap((l) => l.manifest.include.map((d) => join(l.root, d)))],
    linkerScript: script ? join(plat.root, script) : undefined,
  };
}
