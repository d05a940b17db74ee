/**
 * Compiling C/assembly sources into objects with per-file dependency
 * tracking: an object is rebuilt when its flags or the content of any
 * file it read (from the compiler's depfile) changed. Content hashes, not
 * mtimes, so a restored or copied tree never yields a stale object.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withTempOutputs, writeFileAtomic } from '../fs/atomic-write';
import { UkError } from '../util/errors';
import { cflagsFor } from './flags';
import { headerWantsStackProtector } from '../config/header';
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
  /** Flags after the standard ones (an upstream library's `upstream.cflags`). */
  extraFlags?: readonly string[];
  /** `-ffile-prefix-map` flags instead of the default (cwd → `.`), see prefixMaps. */
  prefixMaps?: readonly string[];
  /** What the cwd is called in debug info (default `.`), for assembly files. */
  compDir?: string;
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

/** Write a file only when its content changes (atomically: a reader sees the old or the new text). */
export function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileAtomic(path, text);
}

/**
 * Reproducible objects (docs/reproducible.md): the workspace's absolute
 * path never lands in debug info (DW_AT_comp_dir, file names), __FILE__
 * or the link map, so two clones at different paths build the same bytes.
 */
export function prefixMaps(cwd: string, to = '.'): string[] {
  return [`-ffile-prefix-map=${resolve(cwd)}=${to}`];
}

/** Run fn on every item at once (tool calls are limited process-wide); report every failure. */
async function all<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(items.map(fn));
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UkError(errors.map((e) => (e as Error).message).join('\n'));
}

/** One source's compile: the program, its arguments (without the depfile flags) and the object. */
export interface CompileCommand {
  src: string;
  obj: string;
  cc: string;
  flags: string[];
}

/**
 * The exact compiler invocations of a compile request, one per source: what
 * compileSources runs and what `compile-commands` writes for clangd.
 */
export function compileCommands(req: CompileRequest): CompileCommand[] {
  const tc = toolchainFor(req.target);
  const headerPath = join(req.outDir, 'include', 'uk', 'config.h');
  const objDir = join(req.outDir, 'obj');
  return req.sources.map((src) => ({
    src,
    obj: join(objDir, `${src.replace(/[/\\]/g, '__')}.o`),
    cc: tc.cc,
    flags: [
      ...cflagsFor(req.target, src, headerPath, req.includeDirs, headerWantsStackProtector(req.header)),
      ...(req.prefixMaps ?? prefixMaps(req.cwd)),
      // clang's assembler takes no prefix map: name its compilation dir directly.
      ...(src.endsWith('.S') && tc.name === 'clang' ? [`-fdebug-compilation-dir=${req.compDir ?? '.'}`] : []),
      ...(req.extraFlags ?? []),
    ],
  }));
}

export async function compileSources(req: CompileRequest): Promise<CompileResult> {
  const abs = (p: string) => resolve(req.cwd, p);
  for (const s of req.sources) {
    if (!existsSync(abs(s))) throw new UkError(`${s}: source file does not exist (listed in the manifest's 'sources')`);
  }
  const headerPath = join(req.outDir, 'include', 'uk', 'config.h');
  writeIfChanged(abs(headerPath), req.header);
  mkdirSync(abs(join(req.outDir, 'obj')), { recursive: true });
  const hashes = new Map<string, string>();
  let rebuilt = 0;
  const jobs = compileCommands(req);
  const objects = jobs.map((j) => j.obj);
  await all(jobs, async ({ src, obj, cc, flags }) => {
    const flagText = flags.join('\0');
    const stampFile = `${abs(obj)}.stamp`;
    if (upToDate(stampFile, abs(obj), flagText, req.cwd, hashes)) return;
    // Object and depfile under temporary names, renamed into place (another build may be
    // compiling the same file); -MT keeps the temporary name out of the depfile.
    const deps: Record<string, string> = {};
    await withTempOutputs([abs(obj), abs(`${obj}.d`)], async ([tmpObj, tmpDep]) => {
      await limited(() =>
        runOrFail(
          `compiling ${src}`,
          cc,
          [...flags, '-MD', '-MF', tmpDep!, '-MT', obj, '-c', src, '-o', tmpObj!],
          req.cwd,
        ),
      );
      for (const f of parseDepfile(readFileSync(tmpDep!, 'utf8'))) {
        // Fresh hashes: the compiler may have read files changed since the run began.
        deps[f] = createHash('sha1')
          .update(readFileSync(abs(f)))
          .digest('hex');
      }
    });
    // The stamp last: an object without its stamp is rebuilt, never trusted.
    writeFileAtomic(stampFile, JSON.stringify({ flags: flagText, deps } satisfies Stamp));
    rebuilt++;
  });
  return { objects, rebuilt };
}
