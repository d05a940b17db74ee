/**
 * Writing build outputs so that a reader, or another build in the same
 * workspace, only ever sees a whole file: everything goes to a temporary
 * name unique to this process and call (same folder, so the rename is
 * atomic) and is renamed into place. A failed write removes its temporary
 * file; one left by a killed process carries that process's id, so
 * `sweepStaleTemps` can tell it from one still being written.
 * No fsync: this is about concurrent builds, not power loss.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './process';

/** `.<name>.tmp-<pid>-<random>` marks a temporary output; the pid says whose. */
const TEMP_NAME = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/;

/** A fresh temporary path beside path (same folder, hidden, unique to this process and call). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** True for a name tempPathFor makes. */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** Write data to path atomically (folder created); mode as for writeFileSync. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Let fn (typically a tool run with `-o <temporary>`) write each of paths
 * under a temporary name, then rename them all into place in the order
 * given; on failure every temporary file is removed and nothing is
 * renamed. fn receives the temporary paths in the order of paths.
 */
export async function withTempOutputs<T>(paths: readonly string[], fn: (temps: string[]) => Promise<T>): Promise<T> {
  const temps = paths.map(tempPathFor);
  for (const p of paths) mkdirSync(dirname(p), { recursive: true });
  try {
    const r = await fn(temps);
    paths.forEach((p, i) => renameSync(temps[i]!, p));
    return r;
  } finally {
    // After the renames these no longer exist; after a failure they are the leftovers.
    for (const t of temps) rmSync(t, { force: true });
  }
}

/** withTempOutputs for one file. */
export function withTempOutput<T>(path: string, fn: (temp: string) => Promise<T>): Promise<T> {
  return withTempOutputs([path], ([t]) => fn(t!));
}

/**
 * Remove temporary outputs under dir (recursively) whose writer process
 * is gone: what a build killed mid-write leaves. Files of live processes
 * are left alone. Returns how many were removed.
 */
export function sweepStaleTemps(dir: string): number {
  let removed = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      removed += sweepStaleTemps(p);
      continue;
    }
    const m = TEMP_NAME.exec(e.name);
    if (m && !processAlive(Number(m[1]))) {
      rmSync(p, { force: true });
      removed++;
    }
  }
  return removed;
}
