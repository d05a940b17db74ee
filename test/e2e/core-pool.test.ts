/**
 * The core pool's in-image tests on the x86_64 targets, by name: the
 * selftest image (TLSF heap, cooperative scheduler, locks, platform
 * clocks) reports at least 100 tests, none failing, among them the
 * semaphore ping-pong of 100,000 rounds, the 100 ms sleep bounds, the
 * contended mutex and the allocator workload. Other targets run the same
 * tests through their own suites (arm64.test.ts, xen-*.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { QEMU_X86, exec, nx, qemuMicrovm } from '../support/run';

const MUST_PASS = [
  'semaphore.ping_pong_100000',
  'sleep.thread_sleeps_100ms',
  'mutex.contention_loses_no_increment',
  'condvar.bounded_buffer',
  'tlsf.stress_heap',
  'plat_time.halt_sleeps_until_the_deadline',
  'pthread.create_join_value',
];

function check(out: string): void {
  const [, passed, failed] = /^(\d+) passed, (\d+) failed\r?$/m.exec(out) ?? [];
  expect(failed, out).toBe('0');
  expect(Number(passed)).toBeGreaterThanOrEqual(100);
  for (const name of MUST_PASS) expect(out, name).toMatch(new RegExp(`^ok ${name.replace('.', '\\.')}\\r?$`, 'm'));
}

describe('the core pool in selftest', () => {
  beforeAll(() => {
    for (const t of ['linuxu-x86_64', 'kvm-x86_64']) {
      const r = nx(['build', 'selftest', `--configuration=${t}`]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
  });

  it('passes on linuxu-x86_64', () => {
    const r = exec('dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64', [], { timeoutS: 60 });
    check(r.stdout);
    expect(r.code).toBe(0);
  });

  it('passes on kvm-x86_64 (QEMU microvm, TCG)', () => {
    const r = exec(QEMU_X86, qemuMicrovm('dist/apps/selftest/kvm-x86_64/selftest_kvm-x86_64', ''), { timeoutS: 120 });
    check(r.stdout);
    expect(r.code).toBe(1);
  });

  it('runs only the tests named on the command line', () => {
    const r = exec('dist/apps/selftest/linuxu-x86_64/selftest_linuxu-x86_64', ['semaphore', 'sleep.thread*'], {
      timeoutS: 60,
    });
    expect(r.stdout).toMatch(/^5 passed, 0 failed$/m);
    expect(r.stdout).not.toMatch(/^ok (mutex|tlsf)\./m);
  });
});

describe('apps/bench, behind bench/sched.mjs and bench/alloc.mjs', () => {
  it('prints its figures on linuxu-x86_64', () => {
    const b = nx(['build', 'bench', '--configuration=linuxu-x86_64']);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    const r = exec('dist/apps/bench/linuxu-x86_64/bench_linuxu-x86_64', [], { timeoutS: 60 });
    expect(r.code, r.stdout).toBe(0);
    for (const name of ['yield_switch_ns', 'pingpong_round_ns', 'alloc_ops_per_s'])
      expect(r.stdout).toMatch(new RegExp(`^${name} [1-9]\\d*$`, 'm'));
  });
});
