/**
 * Running commands from tests: Nx invocations, boots with a time bound,
 * and parsing which Nx tasks ran and which came from the cache.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run a program, stdin closed, killed after timeoutS seconds. */
export function exec(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; timeoutS?: number; env?: Record<string, string> } = {},
): Result {
  const start = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd ?? REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: Math.round((opts.timeoutS ?? 120) * 1000),
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      NX_DAEMON: 'false',
      NX_TUI: 'false',
      NX_NO_CLOUD: 'true',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...opts.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Date.now() - start };
}

/** `npx nx <args>` in a workspace, static output. */
export function nx(args: readonly string[], cwd = REPO, timeoutS = 600, env?: Record<string, string>): Result {
  return exec(resolve(REPO, 'node_modules', '.bin', 'nx'), [...args, '--output-style=static'], { cwd, timeoutS, env });
}

export interface TaskReport {
  ran: string[];
  cached: string[];
}

/** Which tasks Nx ran and which it restored, from its static output. */
export function tasks(output: string): TaskReport {
  const report: TaskReport = { ran: [], cached: [] };
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const m of plain.matchAll(/^> nx run (\S+)(.*)$/gm)) {
    const cached = /\[(local cache|remote cache|existing outputs match the cache, left as is)\]/.test(m[2]!);
    (cached ? report.cached : report.ran).push(m[1]!);
  }
  return report;
}

/** Tasks that did real work: skipped per-target placeholders are left out by the caller. */
export function named(list: readonly string[], pattern: RegExp): string[] {
  return list.filter((t) => pattern.test(t)).sort();
}

export const QEMU_X86 = 'qemu-system-x86_64';

/** The exact microvm command of the README / issue. */
export function qemuMicrovm(image: string, append: string, extra: string[] = []): string[] {
  return [
    '-M',
    'microvm',
    '-accel',
    'tcg',
    '-cpu',
    'max',
    '-m',
    '64M',
    '-nodefaults',
    '-nographic',
    '-serial',
    'stdio',
    '-device',
    'isa-debug-exit,iobase=0xf4,iosize=4',
    '-kernel',
    image,
    '-append',
    append,
    ...extra,
  ];
}

/** Lines of console output, without carriage returns. */
export function lines(text: string): string[] {
  return text.replace(/\r/g, '').split('\n');
}
