/**
 * Hardening (docs/security.md), proved by apps/crashtest on each target:
 * writing .text or .rodata, executing .data, the stack or the heap,
 * smashing a stack canary and overflowing a thread stack must each end
 * the image with the crash status and a dump that names what was broken.
 * The one exception, xen-x86_64's thread-stack overflow, is checked as it
 * really ends: the guard page stops it, but Xen PV cannot push the
 * exception frame on the overflowed stack and crashes the domain itself,
 * before the guest can dump (docs/security.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { xenArm64QemuArgs } from '../../tools/src/targets/xen-arm64';
import { xenHypervisor } from '../../tools/src/xen/hypervisor';
import { bootVirt, runLinuxuArm64, statusLine } from '../support/arm64';
import { QEMU_X86, REPO, exec, nx, qemuMicrovm, type Result } from '../support/run';
import { qemuXenDom0, runUntil } from '../support/xen';
import { bootVerdict, guestStatus } from '../../tools/src/targets/status';

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

/** A case that does not end with the guest's crash status: what it says and how it is checked. */
interface Outcome {
  says: string;
  check(r: Result, out: string, status: number | undefined): void;
}

const CRASH_STATUS = 127;
const PAGE = 4096;
/** apps/crashtest/cases.c: CRASH_THREAD_STACK, page-aligned, the guard page right below. */
const THREAD_STACK = 16384;

/**
 * xen-x86_64, thread-overflow: the stack runs into its guard page, and Xen
 * crashes the domain (its own dump, cr2 inside the guard page) instead of
 * delivering the page fault; no guest dump, no status line, never success.
 */
const XEN_PV_OVERFLOW: Outcome = {
  says: 'the guard page is hit, and Xen crashes the domain itself (no guest dump under PV), never success',
  check(r, out, status) {
    const top = /^crashtest: thread stack top near (?:0x)?([0-9a-f]+)$/m.exec(out);
    expect(top, out).not.toBeNull();
    const bottom = (Math.floor(parseInt(top?.[1] ?? '', 16) / PAGE) + 1) * PAGE - THREAD_STACK;
    expect(out).toMatch(/^\(XEN\) Domain 0 \(vcpu#0\) crashed/m);
    const cr2 = /^\(XEN\) cr3: [0-9a-f]+ +cr2: ([0-9a-f]+)$/m.exec(out);
    expect(cr2, out).not.toBeNull();
    const fault = parseInt(cr2?.[1] ?? '', 16);
    expect(
      fault,
      `cr2 in the guard page [${(bottom - PAGE).toString(16)}, ${bottom.toString(16)})`,
    ).toBeGreaterThanOrEqual(bottom - PAGE);
    expect(fault).toBeLessThan(bottom);
    expect(out).not.toMatch(/ukraft: main returned/);
    expect(status, 'QEMU exits 0 after Xen reboots: no isa-debug-exit status').toBeUndefined();
    const v = bootVerdict('qemu-system-x86_64', { ...r, signal: null, timedOut: false }, 150);
    expect(v.status, 'nx run fails').toBeUndefined();
    expect(v.message).toMatch(/^Xen crashed domain 0 \(vcpu 0\) before it printed a status line, cr2 0x/);
  },
};

interface TargetPlan {
  /** What the dump must say, per case (or the case's real outcome). */
  expect: Record<Case, RegExp | Outcome>;
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
      'thread-overflow': XEN_PV_OVERFLOW,
    },
    run: async (c) => {
      const r = exec('qemu-system-x86_64', qemuXenDom0(image('xen-x86_64'), c), { timeoutS: 150 });
      return { r, status: qemuStatus(r.code) };
    },
  },
};

for (const [target, plan] of Object.entries(PLANS)) {
  describe(`crashtest on ${target}`, () => {
    beforeAll(() => {
      const r = nx(['build', 'crashtest', `--configuration=${target}`]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }, 900_000);

    for (const c of CASES) {
      const want = plan.expect[c];
      const name =
        want instanceof RegExp
          ? `${c} ends the image with the crash status and says what was violated`
          : `${c}: ${want.says}`;
      it(
        name,
        async () => {
          const { r, status } = await plan.run(c);
          const out = r.stdout.replace(/\r/g, '') + r.stderr;
          expect(out).toContain(`crashtest: ${c}\n`);
          expect(out).not.toContain('NOT caught');
          if (want instanceof RegExp) {
            expect(out).toMatch(want);
            expect(status, out).toBe(CRASH_STATUS);
          } else want.check(r, out, status);
          expect(r.ms, 'time bound').toBeLessThan(150_000);
        },
        200_000,
      );
    }
  });
}
