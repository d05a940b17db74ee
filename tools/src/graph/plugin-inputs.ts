/**
 * The plugin's own code as task inputs: the sources bundled into each
 * executor, read from the metafile the plugin's build writes
 * (tools/dist/metafile-cjs.json, see tools/tsup.config.ts). Whatever an
 * executor imports, in whatever folder, is in its tasks' hashes, so an edit
 * to the plugin never leaves a stale output in the cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TargetConfiguration } from '@nx/devkit';

/** The bundle build's metafile: per output file, the inputs it holds. */
interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown>; imports?: { path: string; external?: boolean }[] }>;
}

/** Where the plugin package sits in the workspace (the npm workspace `tools`). */
const PLUGIN_DIR = 'tools';

function pluginRoot(): string | undefined {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"@ukraft\/nx"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  return undefined;
}

let metafile: Metafile | null | undefined;

function readMetafile(): Metafile | null {
  if (metafile !== undefined) return metafile;
  const root = pluginRoot();
  const file = root && join(root, 'dist', 'metafile-cjs.json');
  metafile = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Metafile) : null;
  return metafile;
}

/** npm packages a bundle imports at run time (not bundled): `@nx/devkit`, `zod`. */
function packageOf(path: string): string | undefined {
  if (path.startsWith('node:') || path.startsWith('.') || path.startsWith('/')) return undefined;
  const parts = path.split('/');
  const name = path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return /^[a-z@]/.test(name) &&
    ![
      'fs',
      'path',
      'os',
      'crypto',
      'child_process',
      'zlib',
      'http',
      'https',
      'net',
      'url',
      'util',
      'stream',
      'events',
      'readline',
      'tty',
      'worker_threads',
    ].includes(name)
    ? name
    : undefined;
}

/**
 * The bundle that really runs, as a runtime input: its sources are hashed
 * too, but a plugin not rebuilt after a pull runs old code under the new
 * sources' hash, and that task's output would then be cached as the new
 * code's. The path goes through node_modules, as Nx loads the plugin, so
 * the command is the same in every clone (a remote cache shares entries).
 */
function bundleHash(name: string): { runtime: string } {
  return { runtime: `sha256sum node_modules/@ukraft/nx/dist/executors/${name}.js 2>/dev/null` };
}

type PluginInput = string | { externalDependencies: string[] } | { runtime: string };

/** The named input (in each project's `namedInputs`) that holds executor `name`'s code. */
export function pluginInputName(name: string): string {
  return `ukraft-plugin-${name}`;
}

/**
 * Nx inputs for the tasks of executor `name` (`compile`, `link`, ...): the
 * bundle that runs, every plugin source it holds, the npm packages it
 * loads, and the executor registry. Without a metafile (the plugin not
 * built by tsup) all of tools/src counts, which is coarse but never stale.
 */
export function pluginInputFiles(name: string): PluginInput[] {
  const registry = `{workspaceRoot}/${PLUGIN_DIR}/executors.json`;
  const meta = readMetafile();
  const out = meta?.outputs[`dist/executors/${name}.js`];
  if (!out) {
    return [
      `{workspaceRoot}/${PLUGIN_DIR}/src/**/*.ts`,
      `!{workspaceRoot}/${PLUGIN_DIR}/src/**/*.spec.ts`,
      registry,
      bundleHash(name),
      { externalDependencies: ['nx'] },
    ];
  }
  const sources = Object.keys(out.inputs)
    .filter((f) => f.startsWith('src/'))
    .sort()
    .map((f) => `{workspaceRoot}/${PLUGIN_DIR}/${f}`);
  const packages = new Set(['nx']);
  for (const i of out.imports ?? []) {
    const p = i.external ? packageOf(i.path) : undefined;
    if (p) packages.add(p);
  }
  return [...sources, registry, bundleHash(name), { externalDependencies: [...packages].sort() }];
}

/**
 * The inputs a target lists for executor `name`'s code: one named input,
 * which `pluginNamedInputs` defines once per project. The same inputs
 * listed in every target made the project graph several megabytes, which
 * the Nx daemon sends to every nx command.
 */
export function pluginInputs(name: string): string[] {
  return [pluginInputName(name)];
}

/** A project's `namedInputs`: the plugin inputs of each executor its targets name. */
export function pluginNamedInputs(targets: Record<string, TargetConfiguration>): Record<string, PluginInput[]> {
  const named: Record<string, PluginInput[]> = {};
  for (const t of Object.values(targets)) {
    for (const i of t.inputs ?? []) {
      const name =
        typeof i === 'string' && i.startsWith(pluginInputName('')) ? i.slice(pluginInputName('').length) : '';
      if (name && !named[i as string]) named[i as string] = pluginInputFiles(name);
    }
  }
  return named;
}
