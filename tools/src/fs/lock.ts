/**
 * A lock file per output, so that two builds needing the same task do it
 * once: the second waits, then finds the work done. The lock is created
 * whole with its holder's pid (written under a temporary name, then
 * hard-linked to the lock name, which fails if it exists); a lock whose
 * holder process is gone is stale and is broken.
 *
 * The lock saves work; it is not what keeps outputs whole (the atomic
 * renames of ./atomic-write.ts are). So the rare races it cannot rule out
 * (two waiters breaking the same stale lock, a dead holder's pid reused)
 * cost at most a task done twice, and a build lock that waits too long is
 * given up with `onTimeout: 'proceed'`.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UkError } from '../util/errors';
import { sweepStaleTemps, tempPathFor } from './atomic-write';
import { retryIfMoved } from './moved';
import { processAlive } from './process';

export interface LockOptions {
  /** How long to wait for another holder (default 10 minutes). */
  waitMs?: number;
  /** When the wait runs out: throw (default), or run fn without the lock. */
  onTimeout?: 'fail' | 'proceed';
  pollMs?: number;
}

/** The pid in a lock file, or undefined when it cannot be read (gone, or a folder left by an older version). */
function holder(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Break the lock at path if its holder is gone. It is renamed away first,
 * so of two processes breaking it only one removes it; if what was renamed
 * turns out to be a live holder's fresh lock, it is put back.
 */
function breakIfStale(path: string): boolean {
  const pid = holder(path);
  if (pid !== undefined && processAlive(pid)) return false;
  if (pid === undefined) {
    // Unreadable: gone already (retry at once) or a folder lock of an older version.
    try {
      readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return true;
      if (code !== 'EISDIR') return false;
    }
  }
  const aside = tempPathFor(path);
  try {
    renameSync(path, aside);
  } catch {
    return true; // someone else moved it: try to take it
  }
  const taken = holder(aside);
  if (taken !== undefined && processAlive(taken)) {
    try {
      linkSync(aside, path);
    } catch {
      /* a third process holds it now; at worst the work is done twice */
    }
  }
  rmSync(aside, { recursive: true, force: true });
  return true;
}

/** Run fn holding the lock file at path, waiting for another holder first. */
export async function withLock<T>(path: string, fn: () => Promise<T>, o: LockOptions = {}): Promise<T> {
  const waitMs = o.waitMs ?? 600_000;
  mkdirSync(dirname(path), { recursive: true });
  const mine = tempPathFor(path);
  writeFileSync(mine, `${process.pid}\n`);
  const start = Date.now();
  let held = false;
  try {
    for (;;) {
      try {
        linkSync(mine, path);
        held = true;
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      if (breakIfStale(path)) continue;
      if (Date.now() - start > waitMs) {
        if (o.onTimeout === 'proceed') break;
        throw new UkError(
          `waited ${Math.round(waitMs / 1000)} s for the lock ${path} (held by process ${holder(path) ?? '?'}); remove it if no build is running`,
        );
      }
      await new Promise((r) => setTimeout(r, o.pollMs ?? 100));
    }
  } finally {
    rmSync(mine, { force: true });
  }
  try {
    return await fn();
  } finally {
    if (held && holder(path) === process.pid) rmSync(path, { force: true });
  }
}

/**
 * Run a task's work holding the lock of its output folder (`<outDir>.lock`
 * beside it, so it is never part of the cached outputs), after removing
 * temporary files that killed runs left in it. A holder that keeps it
 * longer than the wait is not waited for any further: the outputs stay
 * whole either way. If the work fails while its folder or one of its
 * inputs (other tasks' outputs) was replaced, it is run again.
 */
export function withOutputLock<T>(
  root: string,
  outDir: string,
  fn: () => Promise<T>,
  inputs: readonly string[] = [],
): Promise<T> {
  const dir = resolve(root, outDir);
  return withLock(
    `${dir}.lock`,
    // Another build restoring from the Nx cache may replace the folder or an input meanwhile.
    () =>
      retryIfMoved([dir, ...inputs.map((i) => resolve(root, i))], async () => {
        sweepStaleTemps(dir);
        return fn();
      }),
    { onTimeout: 'proceed' },
  );
}
