/**
 * size-diff executor: per-library text/data/bss change between the image
 * built at a base git ref (in a temporary git worktree, sharing this
 * workspace's Nx cache) and the image built now (docs/size-diff.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { UkError } from '../../util/errors';
import { reportFailure } from '../../util/report';
import { oneTarget } from '../../manifest/select-targets';

export interface SizeDiffOptions {
  app: string;
  targets: string[];
  /** target → image path, relative to the workspace (the size table is `<image>.size.txt`). */
  images: Record<string, string>;
  target?: string;
  base?: string;
}

type Sizes = Map<string, [number, number, number]>;

/** Rows of a `.size.txt` (toolchain/image.ts): object → text, data, bss. */
export function parseSizeTable(text: string): Sizes {
  const rows: Sizes = new Map();
  for (const line of text.split('\n')) {
    const m = /^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)$/.exec(line);
    if (m && m[1] !== 'object') rows.set(m[1]!, [Number(m[2]), Number(m[3]), Number(m[4])]);
  }
  return rows;
}

/** The change per object, only those that changed, as a table. */
export function sizeDiffTable(base: Sizes, head: Sizes): string {
  const names = [...new Set([...base.keys(), ...head.keys()])].sort();
  const fmt = (n: number) => (n > 0 ? `+${n}` : String(n)).padStart(10);
  const lines = ['object'.padEnd(40) + 'text'.padStart(10) + 'data'.padStart(10) + 'bss'.padStart(10)];
  for (const n of names) {
    const b = base.get(n) ?? [0, 0, 0];
    const h = head.get(n) ?? [0, 0, 0];
    const d = h.map((v, i) => v - b[i]!);
    if (d.every((v) => v === 0)) continue;
    lines.push(n.padEnd(40) + d.map(fmt).join(''));
  }
  if (lines.length === 1) lines.push('(no object changed size)');
  return `${lines.join('\n')}\n`;
}

function build(cwd: string, app: string, t: string, cacheDir: string): void {
  const nx = resolve(cwd, 'node_modules/.bin/nx');
  try {
    execFileSync(nx, ['build', app, '-c', t, '--output-style=static'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_CACHE_DIRECTORY: cacheDir },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new UkError(`building ${app} -c ${t} in ${cwd} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

export async function sizeDiff(opts: SizeDiffOptions, ctx: ExecutorContext): Promise<string> {
  const t = oneTarget(opts, ctx.configurationName);
  if (!opts.base) throw new UkError('size-diff needs --base=<git ref> (e.g. --base=HEAD~1 or --base=main)');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ctx.root, encoding: 'utf8' }).trim();
  let rev: string;
  try {
    rev = git('rev-parse', '--verify', `${opts.base}^{commit}`);
  } catch {
    throw new UkError(`--base=${opts.base} is not a commit of this repository`);
  }
  const rel = `${opts.images[t]!}.size.txt`;
  const cacheDir = resolve(ctx.root, '.nx', 'cache');
  const dir = mkdtempSync(join(tmpdir(), 'ukraft-size-diff-'));
  try {
    git('worktree', 'add', '--detach', '-q', dir, rev);
    // The base's checkout may already hold a node_modules link (a repository that tracks one).
    if (!existsSync(join(dir, 'node_modules')))
      symlinkSync(resolve(ctx.root, 'node_modules'), join(dir, 'node_modules'));
    build(dir, opts.app, t, cacheDir);
    const baseFile = join(dir, rel);
    if (!existsSync(baseFile)) throw new UkError(`${opts.base}: the build wrote no ${rel}`);
    const base = parseSizeTable(readFileSync(baseFile, 'utf8'));
    build(ctx.root, opts.app, t, cacheDir);
    const head = parseSizeTable(readFileSync(resolve(ctx.root, rel), 'utf8'));
    return `${opts.app}_${t}: size change from ${opts.base} (${rev.slice(0, 10)}) to the work tree\n${sizeDiffTable(base, head)}`;
  } finally {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

export default async function sizeDiffExecutor(
  opts: SizeDiffOptions,
  ctx: ExecutorContext,
): Promise<{ success: boolean }> {
  try {
    process.stdout.write(await sizeDiff(opts, ctx));
    return { success: true };
  } catch (e) {
    return reportFailure(e);
  }
}
