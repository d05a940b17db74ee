/**
 * uktrace (issue 18, item 2): apps/tracetest emits known events from two
 * alternating threads; `nx run` decodes the dump into text and a Chrome
 * trace-event JSON file whose events equal them, in order, between the
 * scheduler's switches. A crash dump carries the last events. A disabled
 * trace point is zero bytes: uksched's switch.c and waitq.c compile to
 * the same code and data with and without their UK_TRACE lines.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTraces } from '../../tools/src/debug/trace';
import { REPO, exec, nx } from '../support/run';

const TARGETS = ['kvm-x86_64', 'linuxu-x86_64'] as const;
const dir = mkdtempSync(join(tmpdir(), 'ukraft-trace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  for (const t of TARGETS) {
    const r = nx(['build', 'tracetest', `--configuration=${t}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
}, 600_000);

const APP_EVENTS = [
  'tracetest_begin argc=0x1',
  'tracetest_step id=0x1 i=0x0',
  'tracetest_step id=0x2 i=0x0',
  'tracetest_step id=0x1 i=0x1',
  'tracetest_step id=0x2 i=0x1',
  'tracetest_step id=0x1 i=0x2',
  'tracetest_step id=0x2 i=0x2',
  'tracetest_end answer=0x2a',
];

/** The trace-event format (JSON Object Format) as far as these files use it. */
const chromeEvent = z.discriminatedUnion('ph', [
  z
    .object({
      ph: z.literal('i'),
      name: z.string(),
      ts: z.number().min(0),
      pid: z.number().int(),
      tid: z.number().int(),
      s: z.enum(['g', 'p', 't']),
      args: z.record(z.string(), z.string()).optional(),
      cat: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ph: z.literal('X'),
      name: z.string(),
      ts: z.number().min(0),
      dur: z.number().min(0),
      pid: z.number().int(),
      tid: z.number().int(),
      cat: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ph: z.literal('M'),
      name: z.enum(['process_name', 'thread_name']),
      ts: z.number(),
      pid: z.number().int(),
      tid: z.number().int(),
      args: z.object({ name: z.string() }).strict(),
    })
    .strict(),
]);
const chromeTraceFile = z
  .object({ traceEvents: z.array(chromeEvent).min(1), displayTimeUnit: z.enum(['ms', 'ns']) })
  .strict();

describe.each(TARGETS)('%s', (t) => {
  it('the decoded trace holds the known events in order, a switch between turns', () => {
    const r = nx(['run', 'tracetest:run', `--configuration=${t}`, '--timeout=60'], REPO, 180);
    const out = r.stdout + r.stderr;
    expect(r.code, out).toBe(0);
    expect(out).toMatch(
      new RegExp(`uktrace: \\d+ event\\(s\\) decoded into dist/trace/tracetest_${t}\\.trace\\.txt and \\.trace\\.json`),
    );
    const text = readFileSync(join(REPO, 'dist/trace', `tracetest_${t}.trace.txt`), 'utf8');
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => l.replace(/^ *[\d.]+ us {2}/, ''));
    expect(lines.filter((l) => l.startsWith('tracetest_'))).toEqual(APP_EVENTS);
    // Each step of one thread is followed by a switch to the other.
    const steps = lines.flatMap((l, i) => (l.startsWith('tracetest_step') ? [i] : []));
    for (const i of steps) expect(lines[i + 1], text).toMatch(/^sched_switch prev=0x[0-9a-f]+ next=0x[0-9a-f]+$/);
    // The switches chain: each one leaves the thread the previous one entered.
    const sw = lines.flatMap((l) => {
      const m = /^sched_switch prev=(0x[0-9a-f]+) next=(0x[0-9a-f]+)$/.exec(l);
      return m ? [[m[1]!, m[2]!] as const] : [];
    });
    expect(sw.length).toBe(9); // 6 turns, 2 exits, back to main
    for (let i = 1; i < sw.length; i++) expect(sw[i]![0]).toBe(sw[i - 1]![1]);
    expect(sw[sw.length - 1]![1]).toBe(sw[0]![0]); // main runs again at the end
    // The allocator's trace points: the first thread's struct is allocated before it runs, freed after.
    const first = lines.indexOf(`sched_switch prev=${sw[0]![0]} next=${sw[0]![1]}`);
    const made = lines.findIndex((l) => new RegExp(`^alloc_malloc size=0x[0-9a-f]+ p=${sw[0]![1]}$`).test(l));
    const freed = lines.indexOf(`alloc_free ptr=${sw[0]![1]}`);
    expect(made, text).toBeGreaterThanOrEqual(0);
    expect(made).toBeLessThan(first);
    expect(freed).toBeGreaterThan(steps[steps.length - 1]!);
    // Timestamps never go back.
    const ns = parseTraces(out)
      .at(-1)!
      .map((e) => e.ns);
    for (let i = 1; i < ns.length; i++) expect(ns[i]! >= ns[i - 1]!).toBe(true);

    const json = chromeTraceFile.parse(
      JSON.parse(readFileSync(join(REPO, 'dist/trace', `tracetest_${t}.trace.json`), 'utf8')),
    );
    const instants = json.traceEvents.filter((e) => e.ph === 'i');
    expect(instants.map((e) => e.name)).toEqual(lines.map((l) => l.split(' ')[0]));
    const slices = json.traceEvents.filter((e) => e.ph === 'X');
    expect(slices.length).toBe(10); // before the first switch, between the 9, after the last
    expect(new Set(slices.map((e) => e.tid)).size).toBe(3); // main and the two threads
    const named = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name');
    expect(named.length).toBe(3);
  }, 200_000);
});

it('a crash dump prints the last events after the backtrace (linuxu-x86_64)', () => {
  const r = exec(join(REPO, 'dist/apps/tracetest/linuxu-x86_64/tracetest_linuxu-x86_64'), ['crash'], { timeoutS: 30 });
  expect(r.code).toBe(127);
  const crash = r.stdout.slice(r.stdout.indexOf('CRASH: tracetest: crash requested'));
  expect(crash).toMatch(/Backtrace:\n(?: {2}#\d+ {2}0x[0-9a-f]{16}\n)+uktrace: begin \d+ event\(s\), \d+ recorded\n/);
  const dumps = parseTraces(crash);
  expect(dumps.length).toBe(1);
  expect(dumps[0]!.at(-1)!.name).toBe('tracetest_end');
}, 60_000);

describe('a disabled trace point is zero bytes', () => {
  /** clang's command for one file of an image (compile_commands.json). */
  const dbs = new Map<string, { file: string; arguments: string[] }[]>();
  function command(app: string, file: string): string[] {
    // One compile_commands.json per app (written at the workspace root), read once.
    if (!dbs.has(app)) {
      const r = nx(['run', `${app}:compile-commands`, '--configuration=kvm-x86_64'], REPO, 300);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      dbs.set(app, JSON.parse(readFileSync(join(REPO, 'compile_commands.json'), 'utf8')));
    }
    return dbs.get(app)!.find((e) => e.file.endsWith(file))!.arguments;
  }

  /** Code and data of the object: disassembly with relocations, and every non-debug section's size. */
  function compile(cmd: string[], src: string, quote: string, tag: string): string {
    const args = [...cmd];
    const c = args.indexOf('-c');
    const o = args.indexOf('-o');
    args[c + 1] = src;
    args[o + 1] = join(dir, `${tag}.o`);
    const cc = exec(args[0]!, [...args.slice(1), '-iquote', quote], { timeoutS: 120 });
    expect(cc.code, cc.stderr).toBe(0);
    const dis = exec('llvm-objdump', ['-d', '-r', '--no-show-raw-insn', join(dir, `${tag}.o`)]).stdout;
    const sizes = exec('llvm-size', ['-A', join(dir, `${tag}.o`)]).stdout;
    const keep = sizes.split('\n').filter((l) => /^\.(text|data|rodata|bss)/.test(l));
    return `${dis.split('\n').slice(2).join('\n')}\n${keep.join('\n')}`;
  }

  it.each(['libs/uksched/src/switch.c', 'libs/uksched/src/waitq.c', 'libs/ukalloc/src/alloc.c'])(
    '%s: off, the same code with and without its trace points; on, more',
    (file) => {
      const original = readFileSync(join(REPO, file), 'utf8');
      expect(original).toMatch(/UK_TRACE\(/);
      const stripped = join(dir, file.replace(/\//g, '_'));
      writeFileSync(
        stripped,
        original
          .split('\n')
          .filter((l) => !l.includes('UK_TRACE('))
          .join('\n'),
      );
      const quote = dirname(file);
      const off = command('debugtest', file);
      expect(compile(off, file, quote, 'off-with')).toBe(compile(off, stripped, quote, 'off-without'));
      const on = command('tracetest', file);
      expect(compile(on, file, quote, 'on-with')).not.toBe(compile(on, stripped, quote, 'on-without'));
    },
    600_000,
  );
});
