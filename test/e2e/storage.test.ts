/**
 * Storage: the vfs, ramfs and initrd in-image tests (every call, every errno they
 * promise) run on a ramfs root mounted at boot, on kvm-x86_64 and
 * linuxu-x86_64; all must pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { summary } from '../support/expect';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

const SUITES = ['vfs_open', 'vfs_io', 'vfs_paths', 'vfs_dirs', 'vfs_links', 'vfs_rename', 'ramfs', 'initrd'];

function checkRun(stdout: string): void {
  const s = summary(stdout);
  expect(s.failed, stdout).toBe(0);
  expect(s.passed, stdout).toBeGreaterThanOrEqual(49);
  for (const suite of SUITES) expect(stdout, `suite ${suite} ran`).toContain(`ok ${suite}.`);
}

describe('storage (fstest)', () => {
  beforeAll(() => {
    for (const c of ['linuxu-x86_64', 'kvm-x86_64']) {
      const r = nx(['build', 'fstest', '-c', c]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  }, 300_000);

  it('passes every vfs and ramfs test on linuxu-x86_64', () => {
    const r = exec('dist/apps/fstest/linuxu-x86_64/fstest_linuxu-x86_64', [], { timeoutS: 30 });
    checkRun(r.stdout);
    expect(r.code).toBe(0);
  }, 90_000);

  it('passes every vfs and ramfs test on kvm-x86_64', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/fstest/kvm-x86_64/fstest_kvm-x86_64', ''), { timeoutS: 60 });
    checkRun(r.stdout);
    expect(r.code).toBe(1);
  }, 90_000);

  it('runs only the suites named on the command line', () => {
    const r = exec('dist/apps/fstest/linuxu-x86_64/fstest_linuxu-x86_64', ['vfs_links'], { timeoutS: 30 });
    expect(r.stdout).toContain('ok vfs_links.loop_is_eloop');
    expect(r.stdout).not.toContain('vfs_open.');
    expect(r.code).toBe(0);
  }, 90_000);
});
