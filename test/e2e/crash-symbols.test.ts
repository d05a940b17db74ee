/**
 * Crash dumps worth reading (issue 18, item 4): when a crash dump prints a
 * backtrace, `nx run` and `nx test` print it again resolved with the
 * image's .dbg (function, file:line). apps/crashtest's write-text case is
 * the forced fault: a write to .text in case_write_text, called by main.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, nx } from '../support/run';

const TARGETS = ['kvm-x86_64', 'linuxu-x86_64'] as const;

beforeAll(() => {
  for (const t of TARGETS) {
    const r = nx(['build', 'crashtest', `--configuration=${t}`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
}, 600_000);

/** The symbolized block of an output, line by line (throws when missing). */
function symbolized(out: string): string[] {
  const plain = out.replace(/\r/g, '');
  const at = plain.indexOf('Backtrace (symbolized with ');
  expect(at, plain).toBeGreaterThanOrEqual(0);
  const block = plain.slice(at).split('\n');
  const end = block.findIndex((l, i) => i > 0 && !/^\s+(#\d+|inlined into)/.test(l));
  return block.slice(0, end);
}

describe.each(TARGETS)('%s', (t) => {
  it('run: a fault in case_write_text is resolved to case_write_text, main, ukplat_entry', () => {
    const r = nx(['run', 'crashtest:run', `--configuration=${t}`, '--args=write-text', '--timeout=60'], REPO, 180);
    const out = r.stdout + r.stderr;
    expect(r.code, out).not.toBe(0);
    expect(out).toContain('crashed, status 127');
    const b = symbolized(out);
    expect(b[0]).toBe(`Backtrace (symbolized with dist/apps/crashtest/${t}/crashtest_${t}.dbg):`);
    expect(b[1]).toMatch(/^ {2}#0 {2}0x[0-9a-f]{16} in case_write_text at apps\/crashtest\/cases\.c:\d+$/);
    expect(b[2]).toMatch(/^ {2}#1 {2}0x[0-9a-f]{16} in main at apps\/crashtest\/main\.c:\d+$/);
    expect(b[3]).toMatch(/^ {2}#2 {2}0x[0-9a-f]{16} in ukplat_entry at libs\/ukboot\/src\/boot\.c:\d+$/);
    // The raw addresses of the dump are the ones resolved.
    const raw = [...out.matchAll(/^ {2}#(\d) {2}(0x[0-9a-f]{16})\r?$/gm)].map((m) => m[2]);
    expect(b.slice(1, 4).map((l) => / (0x[0-9a-f]{16}) /.exec(l)![1])).toEqual(raw.slice(0, 3));
  }, 200_000);

  it('test: the failing boot test shows the smashed frame of a stack smash by name', () => {
    const r = nx(['run', 'crashtest:test', `--configuration=${t}`, '--args=smash', '--skip-nx-cache'], REPO, 180);
    const out = r.stdout + r.stderr;
    expect(r.code, out).not.toBe(0);
    const b = symbolized(out);
    expect(b[1]).toMatch(/#0 {2}0x[0-9a-f]{16} in __stack_chk_fail at plat\/shared\/stackprot\.c:\d+$/);
    expect(b[2]).toMatch(/#1 {2}0x[0-9a-f]{16} in smashed at apps\/crashtest\/cases\.c/);
  }, 200_000);
});

it('a clean run prints no symbolized block', () => {
  const r = nx(['run', 'crashtest:run', '--configuration=linuxu-x86_64', '--args=nope', '--timeout=30'], REPO, 120);
  const out = r.stdout + r.stderr;
  expect(out).toContain('usage: crashtest <case>');
  expect(out).not.toContain('symbolized with');
}, 150_000);
