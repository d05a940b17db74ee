/**
 * The upstream cache: content-addressed, outside the repository, shared by
 * every clone on the machine (docs/upstream.md).
 *
 *   <root>/archives/<sha256>            verified archives, named by their sha256
 *   <root>/trees/<sha256>-<recipe>/     unpacked, stripped and patched trees
 *   <root>/apt/<sources hash>/          the debian channel's private apt state
 *   <root>/tmp/                         work in progress, renamed into place when complete
 *
 * Everything is published with a rename, so a reader sees a whole archive
 * or tree or nothing, and two builds racing for the same one both end up
 * with the same result.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The cache folder: $UK_UPSTREAM_CACHE, else $XDG_CACHE_HOME/ukraft/upstream, else ~/.cache/ukraft/upstream. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const own = env['UK_UPSTREAM_CACHE'];
  if (own) return resolve(own);
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg ? resolve(xdg) : join(homedir(), '.cache'), 'ukraft', 'upstream');
}

/** What makes a tree: the archive, how much of each path is stripped, the patches' contents in order. */
export interface Recipe {
  sha256: string;
  strip: number;
  /** sha256 of each patch file's content, in the order they are applied. */
  patches: string[];
  /** sha256 of the generate script's content, when there is one. */
  generate?: string;
}

export function recipeKey(r: Recipe): string {
  // Without a generate script the key is what it was before that field existed.
  const what = r.generate
    ? { strip: r.strip, patches: r.patches, generate: r.generate }
    : { strip: r.strip, patches: r.patches };
  const h = createHash('sha256').update(JSON.stringify(what));
  return `${r.sha256}-${h.digest('hex').slice(0, 16)}`;
}

export function archivePath(root: string, sha256: string): string {
  return join(root, 'archives', sha256);
}

export function treePath(root: string, r: Recipe): string {
  return join(root, 'trees', recipeKey(r));
}

/** A fresh path under <root>/tmp (same file system as the results, so rename is atomic). */
export function tmpPath(root: string, label: string): string {
  const dir = join(root, 'tmp');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${label}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Move a finished file or folder into place. When another process got
 * there first (the target exists), ours is dropped and theirs kept: both
 * were built from the same verified inputs.
 */
export function publish(tmp: string, final: string): void {
  mkdirSync(resolve(final, '..'), { recursive: true });
  try {
    renameSync(tmp, final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && existsSync(final)) {
      rmSync(tmp, { recursive: true, force: true });
      return;
    }
    throw e;
  }
}

/** The lock of the upstream cache's apt state: the workspace-wide lock file (../fs/lock.ts). */
export { withLock } from '../fs/lock';
