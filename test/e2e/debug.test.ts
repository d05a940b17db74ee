/**
 * The debug target (issue 18, item 1): `nx run debugtest:debug
 * --no-attach` starts the image stopped behind a gdb stub on a free port
 * and prints the gdb command line; that exact command, plus a batch
 * script, stops at main, steps, reads a local and a global, prints the
 * backtrace and continues to the end, and the run reports main's status.
 * On kvm-x86_64 (QEMU gdbstub, through the 32→64-bit switch), kvm-arm64
 * (QEMU gdbstub) and linuxu-x86_64 (gdbserver); linuxu-arm64 (qemu-aarch64
 * -g) too, as it costs seconds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitWords } from '../../tools/src/util/words';
import { REPO, exec, nx } from '../support/run';

const TARGETS = ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64'] as const;
const dir = mkdtempSync(join(tmpdir(), 'ukraft-debug-'));

beforeAll(() => {
  for (const t of TARGETS) {
    const r = nx(['build', 'debugtest', `--configuration=${t}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
}, 900_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The debug session: nx streaming its output, and a promise of its end. */
function startDebug(t: string, extra: string[] = ['--timeout=150'], app = 'debugtest') {
  const child = spawn(
    resolve(REPO, 'node_modules', '.bin', 'nx'),
    ['run', `${app}:debug`, `--configuration=${t}`, '--no-attach', '--output-style=stream', ...extra],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 200_000);
  const done = new Promise<number>((res) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      res(code ?? -1);
    }),
  );
  /** The printed gdb command, once it is there (within the bound). */
  const command = async (): Promise<string[]> => {
    const end = Date.now() + 150_000;
    while (Date.now() < end) {
      const m = /attach with:\n(?:\S+: )? {2}cd \S+ && (.*)\n/.exec(out);
      if (m) return splitWords(m[1]!);
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no gdb command printed:\n${out}`);
  };
  return { command, done, output: () => out };
}

const SCRIPT = ['info line *$pc', 'next', 'print local', 'print debugtest_counter', 'step', 'bt', 'continue'].join(
  '\n',
);

describe.each(TARGETS)('%s', (t) => {
  it('stops at main, steps, reads a local and a global, backtraces, runs to the end', async () => {
    const s = startDebug(t);
    const [gdb, ...args] = await s.command();
    // The executor's command line, as printed; only -batch and the script added.
    expect(args.find((a) => a.startsWith('target remote'))).toMatch(/^target remote 127\.0\.0\.1:\d+$/);
    const script = join(dir, `${t}.gdb`);
    writeFileSync(script, `${SCRIPT}\n`);
    const g = exec(gdb!, ['-nx', '-batch', ...args, '-x', script], { timeoutS: 150 });
    const code = await s.done;
    const out = g.stdout + g.stderr;
    expect(out).toMatch(/Breakpoint 1, main \(argc=[^)]*\) at \.\/apps\/debugtest\/main\.c:\d+/);
    expect(out).toMatch(/^\d+\s+sum = add\(local, argc\);$/m); // `next` stepped to the call
    expect(out).toMatch(/^\$1 = 40$/m); // the local
    expect(out).toMatch(/^\$2 = 7$/m); // the global, before main changes it
    expect(out).toMatch(/^add \(a=40, b=(?:b@entry=)?2\) at \.\/apps\/debugtest\/main\.c:\d+$/m); // `step` went into add
    expect(out).toMatch(/^#0 +add \(a=40, b=(?:b@entry=)?2\) at/m);
    expect(out).toMatch(/^#1 +0x[0-9a-f]+ in main \(/m);
    expect(out).toMatch(/^#2 +0x[0-9a-f]+ in ukplat_entry \(/m);
    const run = s.output();
    expect(run).toContain('debugtest: sum 42 counter 49');
    expect(run).toContain(`debugtest (${t}): main returned 0`);
    expect(code, run).toBe(0);
  }, 300_000);
});

it('two sessions at once get different ports; with nobody attached, --timeout ends them', async () => {
  const a = startDebug('linuxu-x86_64', ['--timeout=5']);
  const b = startDebug('linuxu-x86_64', ['--timeout=5']);
  const remote = async (s: ReturnType<typeof startDebug>) =>
    (await s.command()).find((w) => w.startsWith('target remote'));
  const [pa, pb] = await Promise.all([remote(a), remote(b)]);
  expect(pa).toMatch(/^target remote 127\.0\.0\.1:\d+$/);
  expect(pb).toMatch(/^target remote 127\.0\.0\.1:\d+$/);
  expect(pa).not.toBe(pb);
  for (const s of [a, b]) {
    expect(await s.done, s.output()).not.toBe(0);
    expect(s.output()).toContain('debugtest (linuxu-x86_64): did not stop within 5 s (killed)');
  }
}, 200_000);

it('ukraft-gdb.py: uk-threads, uk-alloc and uk-trace read tracetest at its trace dump (linuxu-x86_64)', async () => {
  const b = nx(['build', 'tracetest', '--configuration=linuxu-x86_64']);
  expect(b.code, b.stdout + b.stderr).toBe(0);
  const s = startDebug('linuxu-x86_64', ['--timeout=120', '--break=uk_trace_dump'], 'tracetest');
  const [gdb, ...args] = await s.command();
  expect(args.some((a) => /^source \S+\/tools\/gdb\/ukraft-gdb\.py$/.test(a))).toBe(true);
  const g = exec(
    gdb!,
    ['-nx', '-batch', ...args, '-ex', 'uk-threads', '-ex', 'uk-alloc', '-ex', 'uk-trace 3', '-ex', 'continue'],
    {
      timeoutS: 120,
    },
  );
  expect(await s.done, s.output()).toBe(0);
  const out = g.stdout + g.stderr;
  expect(out).toMatch(/Breakpoint 1, uk_trace_dump \(\)/);
  expect(out).toMatch(/^\* main +runnable +0x[0-9a-f]+$/m); // the two workers have ended
  const allocs = Number(/^nb_allocs +(\d+)$/m.exec(out)?.[1]);
  expect(allocs).toBeGreaterThanOrEqual(4); // two thread structs and two stacks
  // Everything the app allocated is freed; what stays is main's thread-local storage, which
  // ukboot allocates before main (libs/ukboot/src/boot.c) and which lives as long as main.
  expect(out).toMatch(/^cur_nb_allocs +1$/m);
  expect(out).toMatch(new RegExp(`^nb_frees +${allocs - 1}$`, 'm'));
  expect(Number(/^cur_mem_use +(\d+)$/m.exec(out)?.[1])).toBeLessThanOrEqual(256);
  // The same last events the image's own dump prints next.
  const trace = /uktrace: begin 3 event\(s\), (\d+) recorded\n((?:uktrace: \d+ .*\n){3})uktrace: end/.exec(out);
  expect(trace, out).not.toBeNull();
  expect(trace![2]).toMatch(/tracetest_end answer=0x2a\n$/);
  const own = s.output().replace(/^tracetest: /gm, '');
  expect(own).toContain(trace![2]!.trimEnd().split('\n').at(-1)!);
}, 300_000);
