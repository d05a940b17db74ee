/**
 * From a solution to what the build needs: per library its sources, the
 * libraries it sees, its include path and its generated config header
 * (whose hash names its compile variant); for the app the same over the
 * whole image, and the platform's linker script.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { LibraryManifest, OptionValue } from '../manifest/schema';
import type { LibEntry, Workspace } from '../manifest/workspace';
import { UkError } from '../util/errors';
import { generateHeader, type ImageWide } from './header';
import { parseTarget, type Target } from '../manifest/naming';
import { solve, type Solution } from './solve';

export interface ResolvedLib {
  name: string;
  root: string;
  file: string;
  manifest: LibraryManifest;
  values: Record<string, OptionValue | undefined>;
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
  /** The solver's answer, with the reasons behind it (for `why`). */
  solution: Solution;
}

export function variantOf(header: string): string {
  return createHash('sha256').update(header).digest('hex').slice(0, 10);
}

function sourcesOf(lib: LibEntry, t: Target, values: Record<string, OptionValue | undefined>): string[] {
  const s = lib.manifest.sources;
  const files = [...s.common, ...(s.arch[t.arch] ?? []), ...(s.plat[t.plat] ?? [])];
  for (const w of s.when) {
    const def = lib.manifest.options[w.option];
    if (w.value === undefined) {
      if (!def || def.type !== 'bool') {
        throw new UkError(
          `${lib.file}: field 'sources.when': '${w.option}' is not a bool option of '${lib.manifest.name}'`,
        );
      }
      if (values[w.option] === true) files.push(...w.sources);
    } else {
      if (!def || def.type !== 'choice' || !def.choices.includes(w.value)) {
        throw new UkError(
          `${lib.file}: field 'sources.when': '${w.option}' is not a choice option of '${lib.manifest.name}' with the choice '${w.value}'`,
        );
      }
      if (values[w.option] === w.value) files.push(...w.sources);
    }
  }
  return files.map((f) => join(lib.root, f));
}

export function resolveImage(ws: Workspace, appName: string, targetName: string): ResolvedImage {
  const t = parseTarget(targetName);
  const solution = solve(ws, appName, t);
  const { order, deps, values } = solution;

  const visibleOf = new Map<string, Set<string>>();
  const headerLib = (n: string) => ({ manifest: ws.libs.get(n)!.manifest, values: values.get(n)! });
  // Image-wide: every compile of the image follows ukplat.STACK_PROTECTOR.
  const image: ImageWide = { stackProtector: values.get('ukplat')?.['STACK_PROTECTOR'] === true };
  const libs: ResolvedLib[] = order.map((lib) => {
    const name = lib.manifest.name;
    const seen = new Set<string>();
    for (const dep of deps.get(name) ?? []) {
      seen.add(dep);
      for (const d of visibleOf.get(dep) ?? []) seen.add(d);
    }
    visibleOf.set(name, seen);
    const visible = [...seen].sort();
    const all = [name, ...visible];
    const header = generateHeader(t, all.map(headerLib), image);
    const own = values.get(name)!;
    return {
      name,
      root: lib.root,
      file: lib.file,
      manifest: lib.manifest,
      values: own,
      visible,
      sources: sourcesOf(lib, t, own),
      includeDirs: all.flatMap((n) => {
        const e = ws.libs.get(n)!;
        return e.manifest.include.map((d) => join(e.root, d));
      }),
      header,
      variant: variantOf(header),
    };
  });

  const plat = ws.libs.get(`plat-${t.plat}`)!;
  const script = plat.manifest.linkerScript?.[t.arch];
  return {
    app: appName,
    target: t,
    libs,
    appHeader: generateHeader(
      t,
      order.map((l) => headerLib(l.manifest.name)),
      image,
    ),
    appIncludeDirs: [solution.app.root, ...libs.flatMap((l) => l.manifest.include.map((d) => join(l.root, d)))],
    linkerScript: script ? join(plat.root, script) : undefined,
    solution,
  };
}
