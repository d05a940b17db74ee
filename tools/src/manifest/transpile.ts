/**
 * Manifests from TypeScript to CommonJS with esbuild, remembered by
 * content. esbuild's synchronous API starts a process per call (about
 * 14 ms each, half a second for the pool on every nx command without the
 * daemon), so the result is also kept on disk, under a name that is the
 * hash of everything that decides it: esbuild's version, the options and
 * the source. A changed manifest has another name, so a kept result is
 * never stale; a missing or unreadable one is just made again. Errors are
 * never kept.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync, version } from 'esbuild';
import { writeFileAtomic } from '../fs/atomic-write';

const OPTIONS = { loader: 'ts', format: 'cjs', target: 'node20' } as const;

const memo = new Map<string, string>();

/** The CommonJS code of a manifest's source; throws esbuild's error on a syntax error. */
export function transpileManifest(file: string, source: string, cacheDir?: string): string {
  const key = createHash('sha256')
    .update(`${version}\0${JSON.stringify(OPTIONS)}\0${source}`)
    .digest('hex');
  const known = memo.get(key);
  if (known !== undefined) return known;
  const path = cacheDir && join(cacheDir, `${key}.js`);
  let code: string | undefined;
  if (path) {
    try {
      code = readFileSync(path, 'utf8');
    } catch {
      code = undefined;
    }
  }
  if (code === undefined) {
    code = transformSync(source, { ...OPTIONS, sourcefile: file }).code;
    if (path) {
      try {
        writeFileAtomic(path, code);
      } catch {
        // A read-only workspace: the next command transpiles again.
      }
    }
  }
  memo.set(key, code);
  return code;
}
