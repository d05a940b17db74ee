/**
 * The debian channel: a source package's files fetched with apt through a
 * private configuration (apt-sources.ts) and a private state folder in
 * the upstream cache. Nothing of the system's apt configuration or state
 * is written, and no root is needed: `apt-get update` and `apt-get source
 * --download-only` run with Dir::Etc::sourcelist, Dir::Etc::sourceparts,
 * Dir::State::Lists and Dir::Cache pointed at that folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic-write';
import { join } from 'node:path';
import { withLock } from './cache';
import { derivedSources } from './apt-sources';
import { runTool, type ToolResult } from './run';
import { ChannelError } from './url';

export interface DebianSource {
  package: string;
  version: string;
}

/** The package or version is not in the archive (reachable, but not there). */
export class NotInArchive extends Error {}

interface AptState {
  dir: string;
  options: string[];
}

function aptState(cacheRoot: string): AptState {
  const { text, from } = derivedSources();
  if (!text) {
    throw new ChannelError(
      `no Debian package sources found (read ${from.length ? from.join(', ') : '/etc/apt/sources.list and /etc/apt/sources.list.d/'})`,
    );
  }
  const dir = join(cacheRoot, 'apt', createHash('sha256').update(text).digest('hex').slice(0, 16));
  for (const d of ['sources.list.d', 'lists/partial', 'cache/archives/partial'])
    mkdirSync(join(dir, d), { recursive: true });
  // Atomic: another build may be running apt-get on this state (it is shared by every clone).
  writeFileAtomic(join(dir, 'sources.list'), '');
  writeFileAtomic(join(dir, 'sources.list.d', 'ukraft.sources'), text);
  const options = [
    `Dir::Etc::sourcelist=${join(dir, 'sources.list')}`,
    `Dir::Etc::sourceparts=${join(dir, 'sources.list.d')}`,
    `Dir::State::Lists=${join(dir, 'lists')}`,
    `Dir::Cache=${join(dir, 'cache')}`,
    // Build the package cache in memory: no shared cache file for concurrent runs to race on.
    'Dir::Cache::pkgcache=',
    'Dir::Cache::srcpkgcache=',
    'Acquire::Retries=1',
    'Acquire::http::Timeout=30',
    'Acquire::https::Timeout=30',
    // As root apt downloads as the _apt user, which cannot write into a user's cache folder.
    ...(process.getuid?.() === 0 ? ['APT::Sandbox::User=root'] : []),
  ].flatMap((o) => ['-o', o]);
  return { dir, options };
}

function hasIndexes(state: AptState): boolean {
  return readdirSync(join(state.dir, 'lists')).some((f) => /_Sources(\.|$)/.test(f));
}

/** What apt said went wrong, one line per failure. */
function failures(r: ToolResult): string[] {
  return `${r.stderr}\n${r.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(E:|W:|Err:)/.test(l) && !/^W: (Skipping|Download is performed unsandboxed)/.test(l));
}

async function update(state: AptState): Promise<void> {
  await withLock(join(state.dir, 'update.lock'), async () => {
    const r = await runTool('apt-get', [...state.options, '-q', 'update'], state.dir);
    const failed = failures(r).filter((l) => /^(E:|Err:|W: Failed to fetch)/.test(l));
    if (r.code !== 0 || failed.length) {
      // Some indexes may have come: go on if the package is found, else this is why.
      if (!hasIndexes(state))
        throw new ChannelError(`apt-get update failed: ${failed.join(' | ') || `exit ${r.code}`}`);
    }
  });
}

async function source(state: AptState, src: DebianSource, dest: string): Promise<ToolResult> {
  return runTool(
    'apt-get',
    [...state.options, '-q', '--download-only', 'source', `${src.package}=${src.version}`],
    dest,
  );
}

async function versions(state: AptState, pkg: string): Promise<string[]> {
  const r = await runTool('apt-cache', [...state.options, 'showsrc', pkg], state.dir);
  return [...new Set([...r.stdout.matchAll(/^Version: (\S+)$/gm)].map((m) => m[1]!))];
}

/**
 * Download the source package's files into `dest` (an empty folder);
 * returns the path of its upstream archive: `*.orig.tar.*`, or the one
 * `.tar.*` of a native package.
 */
export async function fetchDebianSource(cacheRoot: string, src: DebianSource, dest: string): Promise<string> {
  const state = aptState(cacheRoot);
  let updated = false;
  if (!hasIndexes(state)) {
    await update(state);
    updated = true;
  }
  let r = await source(state, src, dest);
  const missing = (x: ToolResult) => /Unable to find a source package|Can not find version/.test(x.stderr);
  if (r.code !== 0 && missing(r) && !updated) {
    // The indexes may be older than the archive: refresh once.
    await update(state);
    r = await source(state, src, dest);
  }
  if (r.code !== 0) {
    if (missing(r)) {
      const have = await versions(state, src.package);
      throw new NotInArchive(
        have.length
          ? `Debian's archive has no source package ${src.package} version ${src.version} (it has ${have.join(', ')}); set upstream.debian.version to one of them (the sha256 stays if its upstream archive is the same)`
          : `Debian's archive has no source package named '${src.package}'`,
      );
    }
    throw new ChannelError(
      `apt-get source ${src.package}=${src.version} failed: ${failures(r).join(' | ') || `exit ${r.code}`}`,
    );
  }
  const files = readdirSync(dest);
  const orig = files.filter((f) => /\.orig\.tar\.[a-z0-9]+$/.test(f));
  const native = files.filter((f) => /\.tar\.[a-z0-9]+$/.test(f) && !/\.debian\.tar\./.test(f));
  const pick = orig.length === 1 ? orig[0] : native.length === 1 ? native[0] : undefined;
  if (!pick || !existsSync(join(dest, pick))) {
    throw new ChannelError(
      `the source package ${src.package}=${src.version} has no single upstream archive (files: ${files.join(', ')})`,
    );
  }
  return join(dest, pick);
}
