/**
 * Hardening (docs/security.md), proved by apps/crashtest on each target:
 * writing .text or .rodata, executing .data, the stack or the heap,
 * smashing a stack canary and overflowing a thread stack must each end
 * the image with the crash status and a dump that names what was broken.
 * A case a target does not enforce yet is skipped with the reason in its
 * name, never silently.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { xenArm64QemuArgs } from '../../tools/src/targets/xen-arm64';
import { xenHypervisor } from '../../tools/src/xen/hypervisor';
import { bootVirt, runLinuxuArm64, statusLine } from '../support/arm64';
import { QEMU_X86, REPO, exec, nx, qemuMicrovm, type Result } from '../support/run';
import { qemuXenDom0, runUntil } from '../support/xen';
import { guestStatus } from '../../tools/src/targets/status';

const CASES = [
  'write-text',
  'write-rodata',
  'exec-data',
  'exec-stack',
  'exec-heap',
  'smash',
  'thread-overflow',
] as const;
type Case = (typeof CASES)[number];

const OUTSIDE = 'outside the image: heap, thread stacks, free RAM or devices';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const write = (sec?: string) => new RegExp(`Violation: write to read-only memory${sec ? ` \\(${esc(sec)}\\)` : ''}`);
const exe = (sec?: string) =>
  new RegExp(`Violation: execute of non-executable memory${sec ? ` \\(${esc(sec)}\\)` : ''}`);
const SMASH = /CRASH: stack smashing detected[^\n]*\n(?:[^\n]*\n)*?Backtrace:\n {2}#0 {2}0x[0-9a-f]{16}/;
const OVERFLOW = /thread stack overflow \(guard page hit\)/;

interface TargetPlan {
  /** What the dump must say, per case; a string: skipped, for that reason. */
  expect: Record<Case, RegExp | string>;
  /** Boot the image with the case as its argument; status = main's or 127. */
  run(c: Case): Promise<{ r: Result; status: number | undefined }>;
}

const image = (t: string) => `dist/apps/crashtest/${t}/crashtest_${t}`;
const qemuStatus = (code: number) => (code & 1 ? code >> 1 : undefined);

const PLANS: Record<string, TargetPlan> = {
  'kvm-x86_64': {
    expect: {
      'write-text': write('.text'),
      'write-rodata': write('.rodata'),
      'exec-data': exe('.data'),
      'exec-stack': exe('the boot stack, in .bss'),
      'exec-heap': exe(OUTSIDE),
      smash: SMASH,
      'thread-overflow': OVERFLOW,
    },
    run: async (c) => {
      const r = exec(QEMU_X86, qemuMicrovm(image('kvm-x86_64'), c), { timeoutS: 60 });
      return { r, status: qemuStatus(r.code) };
    },
  },
  'linuxu-x86_64': {
    expect: {
      'write-text': write(),
      'write-rodata': write(),
      'exec-data': exe(),
      'exec-stack': exe(),
      'exec-heap': exe(),
      smash: SMASH,
      'thread-overflow': OVERFLOW,
    },
    run: async (c) => {
      const r = exec(image('linuxu-x86_64'), [c], { timeoutS: 30 });
      return { r, status: r.code };
    },
  },
  'linuxu-arm64': {
    expect: {
      'write-text': write(),
      'write-rodata': write(),
      'exec-data': exe(),
      'exec-stack': exe(),
      'exec-heap': exe(),
      smash: SMASH,
      'thread-overflow': OVERFLOW,
    },
    run: async (c) => {
      const r = runLinuxuArm64(image('linuxu-arm64'), [c]);
      return { r, status: r.code };
    },
  },
  'kvm-arm64': {
    expect: {
      'write-text': write('.text'),
      'write-rodata': write('.rodata'),
      'exec-data': exe('.data'),
      'exec-stack': exe('.bss'),
      'exec-heap': exe(OUTSIDE),
      smash: SMASH,
      'thread-overflow': OVERFLOW,
    },
    run: async (c) => {
      const r = bootVirt(image('kvm-arm64'), c);
      return { r, status: statusLine(r.stdout) };
    },
  },
  'xen-arm64': {
    expect: {
      'write-text': write('.text'),
      'write-rodata': write('.rodata'),
      'exec-data': exe('.data'),
      'exec-stack': exe('.bss'),
      'exec-heap': exe(OUTSIDE),
      smash: SMASH,
      'thread-overflow': OVERFLOW,
    },
    run: async (c) => {
      const qemu = xenArm64QemuArgs(
        xenHypervisor(REPO, 'arm64'),
        `${REPO}/${image('xen-arm64')}.Image`,
        { memory: '64M', args: [c] },
        { kind: 'dom0' },
      );
      const r = await runUntil(
        'qemu-system-aarch64',
        qemu,
        /^(\(d\d+\) )?ukraft: (main returned|crashed)[^\n]*\n/m,
        180,
      );
      const out = r.stdout.replace(/\r/g, '').replace(/^\(d\d+\) /gm, '');
      return { r: { ...r, stdout: out }, status: guestStatus(out)?.status };
    },
  },
  'xen-x86_64': {
    expect: {
      'write-text': write('.text'),
      'write-rodata': write('.rodata'),
      'exec-data': exe('.data'),
      'exec-stack': exe('the boot stack, in .bss'),
      'exec-heap': exe(OUTSIDE),
      smash: SMASH,
      'thread-overflow':
        'skipped: the guard page is set, but Xen PV delivers the #PF on the overflowed stack and crashes the domain before any dump',
    },
    run: async (c) => {
      const r = exec('qemu-system-x86_64', qemuXenDom0(image('xen-x86_64'), c), { timeoutS: 150 });
      return { r, status: qemuStatus(r.code) };
    },
  },
};

const CRASH_STATUS = 127;

for (const [target, plan] of Object.entries(PLANS)) {
  describe(`crashtest on ${target}`, () => {
    beforeAll(() => {
      const r = nx(['build', 'crashtest', `--configuration=${target}`]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }, 900_000);

    for (const c of CASES) {
      const want = plan.expect[c];
      if (typeof want === 'string') {
        it.skip(`${c}: ${want}`, () => {});
        continue;
      }
      it(`${c} ends the image with the crash status and says what was violated`, async () => {
        const { r, status } = await plan.run(c);
        const out = r.stdout.replace(/\r/g, '') + r.stderr;
        expect(out).toContain(`crashtest: ${c}\n`);
        expect(out).not.toContain('NOT caught');
        expect(out).toMatch(want);
        expect(status, out).toBe(CRASH_STATUS);
        expect(r.ms, 'time bound').toBeLessThan(150_000);
      }, 200_000);
    }
  });
}
