/**
 * nolibc's hosting pieces seen from outside the image: the in-image tests'
 * atexit functions run at exit, after main's output, in reverse order,
 * with a last unterminated line flushed (linuxu-x86_64 and kvm-x86_64).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summary } from '../support/expect';
import { QEMU_X86, exec, lines, nx, qemuMicrovm } from '../support/run';

const ATEXIT = 'atexit: second registered, run first (no newline yet) atexit: first registered, run last';

describe('nolibc exit', () => {
  beforeAll(() => {
    const r = nx(['build', 'selftest']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }, 600_000);

  it('runs the atexit functions after main, last registered first, and flushes (linuxu-x86_64)', () => {
    const r = exec('dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64', [], { timeoutS: 30 });
    expect(summary(r.stdout).failed, r.stdout).toBe(0);
    const out = lines(r.stdout);
    const at = out.indexOf(ATEXIT);
    expect(at, r.stdout).toBeGreaterThan(out.findIndex((l) => /\d+ passed, \d+ failed/.test(l)));
    expect(r.code).toBe(0);
  }, 60_000);

  it('does the same on kvm-x86_64', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/selftest/kvm-x86_64/selftest_kvm-x86_64', ''), { timeoutS: 60 });
    const out = lines(r.stdout);
    expect(out.indexOf(ATEXIT), r.stdout).toBeGreaterThan(out.findIndex((l) => /\d+ passed, \d+ failed/.test(l)));
    expect(r.code).toBe(1);
  }, 90_000);
});
