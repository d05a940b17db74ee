/**
 * Retrying work whose files another process replaced meanwhile. Nx
 * restores a cache hit by deleting the output folder and copying the
 * cached one in; a build running beside the one restoring can see a
 * library's object vanish under its linker, or its own output folder
 * go. When work fails and one of the paths it depends on is no longer
 * the file or folder it was, it is run again.
 */
import { statSync } from 'node:fs';

/** Identity of a path: a folder by device, inode and birth time (an inode number is reused at once), a file by device, inode, size and mtime; undefined if missing. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? `${s.dev}:${s.ino}:${s.birthtimeMs}` : `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Whether a path that existed before is gone or another file now (one that appeared does not count). */
function moved(paths: readonly string[], before: readonly (string | undefined)[]): boolean {
  return paths.some((p, i) => before[i] !== undefined && identity(p) !== before[i]);
}

/** Run fn; if it fails and one of paths was replaced while it ran, wait a little and run it again (up to tries times). */
export async function retryIfMoved<T>(paths: readonly string[], fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const before = paths.map(identity);
    try {
      return await fn();
    } catch (e) {
      if (attempt >= tries || !moved(paths, before)) throw e;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
