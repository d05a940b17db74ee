/**
 * The layer check of the plugin (`npm test`, `npm run lint`): the folders
 * of tools/src import one way. It reads every import of tools/src/**\/*.ts
 * (type-only ones too: a type is a dependency) and fails, naming the files,
 * on a cycle between folders, on an import against LAYERS, and on a folder
 * LAYERS does not place. docs/plugin-map.md explains the order.
 *
 * The command is layers-main.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface LayerRules {
  /**
   * Lowest first. A folder may import its own files and the folders of
   * lower layers; not a folder of its own layer nor of a later one. `.`
   * stands for the files directly in the source folder (index.ts).
   */
  layers: readonly (readonly string[])[];
  /** Folders of test helpers: only spec files import them, and they may import any folder. */
  testOnly: readonly string[];
}

/**
 * The plugin's order. Data flows manifest → graph → configuration →
 * compile → link → image → boot; in imports, each step reads only the steps
 * before it, and graph/ (which plans every step as Nx tasks) and the
 * executors (which run them) come after all of them.
 */
export const LAYERS: LayerRules = {
  layers: [
    ['util'], // errors, words, batch glue: no build knowledge
    ['fs'], // atomic writes, locks
    ['manifest'], // uk.lib.ts / uk.app.ts, the condition language, the loaded workspace
    ['config'], // option values, uk/config.h
    ['toolchain'], // compile, partial link, final link, the per-target flags
    ['upstream'], // upstream sources (fetch; compiles through toolchain/)
    ['xen', 'initrd'], // what image steps and boots of one platform need
    ['targets'], // per-target image step and boot, boot processes, status lines
    ['sbom', 'debug'], // documents and tools over a linked image
    ['boot'], // one boot of one image for run, test and debug: options, spawn, verdict, symbols
    ['graph', 'menuconfig', 'generators'], // Nx projects and tasks; the configurator; generators
    ['executors'], // one folder per Nx target kind
    ['.', 'cache-server', 'pr-check'], // entry points and separate programs
  ],
  testOnly: ['testing'],
};

/** One import: source-relative POSIX paths of the importing and the imported file. */
export interface Import {
  from: string;
  to: string;
}

/** The folder of a source-relative path: its first segment, `.` for a file in the root. */
export function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash);
}

const isSpec = (file: string) => /\.spec\.tsx?$/.test(file);

function layerIndex(rules: LayerRules): Map<string, number> {
  const index = new Map<string, number>();
  rules.layers.forEach((folders, i) => folders.forEach((f) => index.set(f, i)));
  for (const f of rules.testOnly) index.set(f, rules.layers.length);
  return index;
}

const show = (folder: string) => (folder === '.' ? 'the root files' : `${folder}/`);

/** Every problem of a set of imports under the rules, as one message each (empty: none). */
export function checkLayers(imports: readonly Import[], rules: LayerRules): string[] {
  const layer = layerIndex(rules);
  const testOnly = new Set(rules.testOnly);
  const problems: string[] = [];
  /** folder → folder → the imports behind that edge. */
  const edges = new Map<string, Map<string, Import[]>>();
  const unplaced = new Map<string, string>();
  for (const imp of imports) {
    const a = folderOf(imp.from);
    const b = folderOf(imp.to);
    for (const [f, file] of [
      [a, imp.from],
      [b, imp.to],
    ] as const) {
      if (!layer.has(f) && !unplaced.has(f)) unplaced.set(f, file);
    }
    if (a === b) continue;
    if (testOnly.has(b)) {
      if (!isSpec(imp.from))
        problems.push(`${imp.from} imports ${imp.to}: ${show(b)} holds test helpers, only spec files may import it`);
      continue;
    }
    if (testOnly.has(a)) continue;
    let out = edges.get(a);
    if (!out) edges.set(a, (out = new Map()));
    out.set(b, [...(out.get(b) ?? []), imp]);
  }
  for (const [f, file] of unplaced) {
    problems.push(`${show(f)} (${file}) has no place in the layer order: add it to LAYERS in tools/scripts/layers.ts`);
  }
  for (const cycle of folderCycles(edges)) {
    const steps = cycle.map((f, i) => {
      const next = cycle[(i + 1) % cycle.length]!;
      const imp = edges.get(f)!.get(next)![0]!;
      return `  ${imp.from} imports ${imp.to}`;
    });
    problems.push(`cycle between folders ${[...cycle, cycle[0]!].map(show).join(' → ')}:\n${steps.join('\n')}`);
  }
  for (const [a, out] of edges) {
    for (const [b, list] of out) {
      const la = layer.get(a);
      const lb = layer.get(b);
      if (la === undefined || lb === undefined || lb < la) continue;
      const why = lb === la ? 'in the same layer' : 'in a later layer';
      for (const imp of list)
        problems.push(`${imp.from} imports ${imp.to}: ${show(a)} may not import ${show(b)} (${why})`);
    }
  }
  return problems;
}

/**
 * The cycles between folders: one per strongly connected component of two
 * or more folders (Tarjan), as the folders of one closed path through it.
 */
function folderCycles(edges: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const next = (f: string) => [...(edges.get(f)?.keys() ?? [])].sort();
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component);
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return components.map((component) => {
    // A shortest closed path from the component's first folder back to itself.
    const inside = new Set(component);
    const start = [...component].sort()[0]!;
    const from = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of next(v)) {
        if (!inside.has(w)) continue;
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(from.get(path[0]!)!);
          return path;
        }
        if (!from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return component;
  });
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** The relative imports between the files of a source folder (imports, re-exports, import(), require). */
export function readImports(srcDir: string): Import[] {
  const rel = (p: string) => relative(srcDir, p).split(sep).join(posix.sep);
  return tsFiles(srcDir).flatMap((file) => {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return info.importedFiles.flatMap(({ fileName }) => {
      if (!fileName.startsWith('.')) return [];
      const to = resolveImport(file, fileName);
      return to && to.startsWith(srcDir + sep) ? [{ from: rel(file), to: rel(to) }] : [];
    });
  });
}
