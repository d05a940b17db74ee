/**
 * The in-image self test: libc, allocator and argument parsing checks run
 * inside the unikernel on each target, and all must pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summary } from '../support/expect';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

describe('selftest', () => {
  beforeAll(() => {
    const r = nx(['build', 'selftest']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('passes every check on linuxu-x86_64', () => {
    const r = exec('dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64', [], { timeoutS: 30 });
    const s = summary(r.stdout);
    expect(s.failed, r.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(20);
    expect(r.code).toBe(0);
  });

  it('passes every check on kvm-x86_64', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/selftest/kvm-x86_64/selftest_kvm-x86_64', ''), { timeoutS: 60 });
    const s = summary(r.stdout);
    expect(s.failed, r.stdout).toBe(0);
    expect(s.passed).toBeGreaterThanOrEqual(20);
    expect(r.code).toBe(1);
  });
});

describe('crashes', () => {
  it('a page fault on kvm-x86_64 prints a readable dump and exits with the crash status', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/selftest/kvm-x86_64/selftest_kvm-x86_64', 'crash fault'), {
      timeoutS: 60,
    });
    expect(r.stdout).toMatch(/page fault/i);
    expect(r.stdout).toMatch(/RIP/);
    expect(r.stdout).toMatch(/CR2.*0x0*10\b/);
    expect(r.stdout).toMatch(/backtrace/i);
    expect(r.code).toBe(255);
  });

  it('a panic on kvm-x86_64 prints its message and exits with the crash status', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/selftest/kvm-x86_64/selftest_kvm-x86_64', 'crash panic'), {
      timeoutS: 60,
    });
    expect(r.stdout).toContain('CRASH: selftest: crash requested (panic)');
    expect(r.code).toBe(255);
  });

  it('a fault on linuxu-x86_64 prints the signal and registers and exits 127', () => {
    const r = exec('dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64', ['crash', 'fault'], { timeoutS: 30 });
    expect(r.stdout + r.stderr).toMatch(/SIGSEGV/);
    expect(r.stdout + r.stderr).toMatch(/RIP/);
    expect(r.code).toBe(127);
  });
});
