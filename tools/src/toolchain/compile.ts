/**
 * Compiling C/assembly sources into objects with per-file dependency
 * tracking: an object is rebuilt when its flags or the content of any
 * file it read (from the compiler's depfile) changed. Content hashes, not
 * mtimes, so a restored or copied tree never yields a stale object.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UkError } from '../util/errors';
import { cflagsFor } from './flags';
import { toolchainFor } from './select';
import { runOrFail } from './tools';
import { limited } from '../util/limit';

export interface CompileRequest {
  /** Workspace root; every other path is relative to it. */
  cwd: string;
  target: string;
  sources: readonly string[];
  includeDirs: readonly string[];
  /** Text of the generated uk/config.h. */
  header: string;
  outDir: string;
}

export interface CompileResult {
  objects: string[];
  rebuilt: number;
}

interface Stamp {
  flags: string;
  deps: Record<string, string>;
}

function hashFile(path: string, cache: Map<string, string>): string {
  let h = cache.get(path);
  if (h === undefined) {
    h = existsSync(path) ? createHash('sha1').update(readFileSync(path)).digest('hex') : 'missing';
    cache.set(path, h);
  }
  return h;
}

/** Files named in a make-style depfile written by clang -MD. */
export function parseDepfile(text: string): string[] {
  const body = text.replace(/\\\r?\n/g, ' ');
  const colon = body.indexOf(': ');
  if (colon < 0) return [];
  const files: string[] = [];
  // Paths are space-separated; a backslash escapes a space inside a path.
  for (const m of body.slice(colon + 2).matchAll(/(?:\\ |[^\s])+/g)) files.push(m[0].replace(/\\ /g, ' '));
  return files;
}

function upToDate(stampFile: string, obj: string, flags: string, cwd: string, hashes: Map<string, string>): boolean {
  if (!existsSync(obj) || !existsSync(stampFile)) return false;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  } catch {
    return false;
  }
  if (stamp.flags !== flags) return false;
  return Object.entries(stamp.deps).every(([f, h]) => hashFile(resolve(cwd, f), hashes) === h);
}

/** Write a file only when its content changes. */
export function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Run fn on every item at once (tool calls are limited process-wide); report every failure. */
async function all<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(items.map(fn));
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UkError(errors.map((e) => (e as Error).message).join('\n'));
}

export async function compileSources(req: CompileRequest): Promise<CompileResult> {
  const cc = toolchainFor(req.target).cc;
  const abs = (p: string) => resolve(req.cwd, p);
  for (const s of req.sources) {
    if (!existsSync(abs(s))) throw new UkError(`${s}: source file does not exist (listed in the manifest's 'sources')`);
  }
  const headerPath = join(req.outDir, 'include', 'uk', 'config.h');
  writeIfChanged(abs(headerPath), req.header);
  const objDir = join(req.outDir, 'obj');
  mkdirSync(abs(objDir), { recursive: true });
  const hashes = new Map<string, string>();
  const objects: string[] = [];
  let rebuilt = 0;
  const jobs = req.sources.map((src) => {
    const obj = join(objDir, `${src.replace(/[/\\]/g, '__')}.o`);
    objects.push(obj);
    return { src, obj };
  });
  await all(jobs, async ({ src, obj }) => {
    const flags = cflagsFor(req.target, src, headerPath, req.includeDirs);
    const flagText = flags.join('\0');
    const stampFile = `${abs(obj)}.stamp`;
    if (upToDate(stampFile, abs(obj), flagText, req.cwd, hashes)) return;
    const depFile = `${obj}.d`;
    await limited(() => runOrFail(`compiling ${src}`, cc, [...flags, '-MD', '-MF', depFile, '-c', src, '-o', obj], req.cwd));
    const deps: Record<string, string> = {};
    for (const f of parseDepfile(readFileSync(abs(depFile), 'utf8'))) {
      // Fresh hashes: the compiler may have read files changed since the run began.
      deps[f] = createHash('sha1').update(readFileSync(abs(f))).digest('hex');
    }
    writeFileSync(stampFile, JSON.stringify({ flags: flagText, deps } satisfies Stamp));
    rebuilt++;
  });
  return { objects, rebuilt };
}
