/**
 * The workspace as the plugin sees it: every library and app manifest,
 * loaded once per batch and memoised by content across batches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseAppConfig, parseAppManifest, parseLibraryManifest, readText } from './load';
import { appConfigSchema, type AppConfig, type AppManifest, type LibraryManifest } from './schema';
import { declaredApis, withApis } from './api';
import { UkError } from '../util/errors';

export interface LibEntry {
  /** Project root, relative to the workspace root (`libs/nolibc`). */
  root: string;
  /** Manifest path, relative to the workspace root. */
  file: string;
  manifest: LibraryManifest;
}

export interface AppEntry {
  root: string;
  file: string;
  manifest: AppManifest;
  /** Path of the saved configuration, relative; it may not exist. */
  configFile: string;
  config: AppConfig;
}

/** An image needs a library whose manifest is broken: fails that image only. */
export class NeedsBrokenLib extends UkError {}

/** A library manifest that failed to load: only the builds that need it fail. */
export interface BrokenLib {
  /** Project root, relative (`libs/ukargparse`). */
  root: string;
  file: string;
  /** The load error; its message names the file and the cause. */
  error: UkError;
}

export interface Workspace {
  root: string;
  libs: Map<string, LibEntry>;
  apps: Map<string, AppEntry>;
  /** Library manifests that did not load, by the project name they would have had. */
  broken: Map<string, BrokenLib>;
}

export const LIB_MANIFEST = 'uk.lib.ts';
export const APP_MANIFEST = 'uk.app.ts';

const memo = new Map<string, unknown>();

function memoised<T>(file: string, text: string, parse: () => T): T {
  const key = `${file}\0${createHash('sha1').update(text).digest('hex')}`;
  if (!memo.has(key)) memo.set(key, parse());
  return memo.get(key) as T;
}

/**
 * The name a broken library manifest would give its project: its `name:`
 * if the text still shows one, else its folder's name.
 */
export function brokenName(file: string, text: string): string {
  const m = /\bname\s*:\s*['"]([A-Za-z0-9_-]+)['"]/.exec(text);
  return m?.[1] ?? basename(dirname(file));
}

/** Where transpiled manifests are kept (git-ignored `.cache/`, manifest/transpile.ts). */
export function manifestCacheDir(wsRoot: string): string {
  return join(wsRoot, '.cache', 'ukraft', 'manifests');
}

function loadLib(wsRoot: string, file: string): LibEntry {
  const text = readText(join(wsRoot, file));
  const manifest = memoised(file, text, () => parseLibraryManifest(file, text, manifestCacheDir(wsRoot)));
  return { root: dirname(file), file, manifest };
}

function loadApp(wsRoot: string, file: string): AppEntry {
  const text = readText(join(wsRoot, file));
  const manifest = memoised(file, text, () => parseAppManifest(file, text, manifestCacheDir(wsRoot)));
  const root = dirname(file);
  const configFile = join(root, manifest.config);
  const abs = join(wsRoot, configFile);
  let config: AppConfig = appConfigSchema.parse({});
  if (existsSync(abs)) {
    const ctext = readText(abs);
    config = memoised(configFile, ctext, () => parseAppConfig(configFile, ctext));
  }
  for (const t of Object.keys(config.targets)) {
    if (!(manifest.targets as readonly string[]).includes(t)) {
      throw new UkError(
        `${configFile}: 'targets.${t}': app '${manifest.name}' does not declare target ${t}, so these settings would never apply; it declares ${manifest.targets.join(', ')} (add the target to ${file} or remove the block)`,
      );
    }
  }
  return { root, file, manifest, configFile, config };
}

/** Load every manifest in `files` (workspace-relative paths). */
export function loadWorkspace(wsRoot: string, files: readonly string[]): Workspace {
  const ws: Workspace = { root: wsRoot, libs: new Map(), apps: new Map(), broken: new Map() };
  const owner = new Map<string, string>();
  for (const file of [...files].sort()) {
    let entry: LibEntry | AppEntry;
    try {
      entry = file.endsWith(APP_MANIFEST) ? loadApp(wsRoot, file) : loadLib(wsRoot, file);
    } catch (e) {
      // A broken library fails the builds that need it (config/solve.ts), not every command.
      if (!(e instanceof UkError) || file.endsWith(APP_MANIFEST)) throw e;
      const name = brokenName(file, readText(join(wsRoot, file)));
      if (!owner.has(name)) {
        owner.set(name, file);
        ws.broken.set(name, { root: dirname(file), file, error: e });
      }
      continue;
    }
    const name = entry.manifest.name;
    const other = owner.get(name);
    if (other) throw new UkError(`${file}: name '${name}' is already used by ${other}; project names must be unique`);
    owner.set(name, file);
    if ('config' in entry) ws.apps.set(name, entry);
    else ws.libs.set(name, entry);
  }
  const apis = declaredApis(ws.libs);
  for (const [name, lib] of ws.libs) {
    try {
      ws.libs.set(name, { ...lib, manifest: withApis(name, lib, apis) });
    } catch (e) {
      if (!(e instanceof UkError)) throw e;
      ws.libs.delete(name);
      ws.broken.set(name, { root: lib.root, file: lib.file, error: e });
    }
  }
  return ws;
}

const SKIP = new Set(['node_modules', 'dist', '.nx', '.git', '.cache', 'tools']);

/** Every manifest under the workspace (for executors that need the whole picture). */
export function findManifests(wsRoot: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(wsRoot, dir), { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP.has(e.name) && !e.name.startsWith('.')) out.push(...findManifests(wsRoot, join(dir, e.name)));
    } else if (e.name === LIB_MANIFEST || e.name === APP_MANIFEST) {
      out.push(join(dir, e.name));
    }
  }
  return out;
}

/** Load the whole workspace from disk. */
export function loadWorkspaceFromDisk(wsRoot: string): Workspace {
  return loadWorkspace(wsRoot, findManifests(wsRoot));
}
