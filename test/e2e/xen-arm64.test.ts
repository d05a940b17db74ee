/**
 * xen-arm64 under real Xen (Debian's 4.17 arm64 in qemu-system-aarch64
 * -M virt,virtualization=on,gic-version=3, TCG): the arm64 Image as dom0
 * (console_io; Xen powers off when it ends) and as a dom0less domU
 * (vpl011 console, Xen prefixes its lines with "(d1) "; Xen idles
 * afterwards, so the test stops QEMU after the status line).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { xenArm64QemuArgs } from '../../tools/src/targets/xen-arm64';
import { xenHypervisor } from '../../tools/src/xen/hypervisor';
import { expectArm64Dump, expectFloatingPoint } from '../support/arm64';
import { REPO, exec, lines, nx } from '../support/run';
import { runUntil } from '../support/xen';

const HELLO = 'dist/apps/helloworld/xen-arm64/helloworld_xen-arm64';
const SELFTEST = 'dist/apps/selftest/xen-arm64/selftest_xen-arm64';
const XENTEST = 'dist/apps/xentest/xen-arm64/xentest_xen-arm64';

/** Console lines with Xen's "(dN) " guest prefix taken off. */
function guestLines(out: string): string[] {
  return lines(out).map((l) => l.replace(/^\(d\d+\) /, ''));
}

function expectHello(out: string, args: string[]): void {
  const l = guestLines(out);
  const at = l.indexOf('Hello world!');
  expect(at, out).toBeGreaterThanOrEqual(0);
  expect(l.slice(at + 1, at + 1 + args.length)).toEqual(args);
}

function boot(image: string, args: string[], as: 'dom0' | 'domU') {
  const xen = xenHypervisor(REPO, 'arm64');
  const qemu = xenArm64QemuArgs(
    xen,
    `${REPO}/${image}.Image`,
    { memory: '64M', args },
    as === 'dom0' ? { kind: 'dom0' } : { kind: 'domU', memoryMiB: 64 },
  );
  return runUntil('qemu-system-aarch64', qemu, /^(\(d\d+\) )?ukraft: (main returned|crashed)[^\n]*\n/m, 180);
}

beforeAll(() => {
  for (const app of ['helloworld', 'selftest', 'xentest']) {
    const r = nx(['build', app, '--configuration=xen-arm64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
});

describe('the xen-arm64 build', () => {
  it('writes an arm64 Image and an xl config that loads it', () => {
    const img = readFileSync(`${HELLO}.Image`);
    expect(img.readUInt32LE(0x38)).toBe(0x644d5241); // "ARM\x64"
    const cfg = readFileSync(`${HELLO}.xl.cfg`, 'utf8');
    expect(cfg).toContain('kernel = "helloworld_xen-arm64.Image"');
    expect(cfg).toContain('extra = "one two"');
    expect(cfg).not.toContain('type =');
  });
});

describe('xen-arm64 under Xen 4.17 arm64 in QEMU', () => {
  it('boots as dom0, prints Hello world! and its arguments, and QEMU exits by itself', async () => {
    const r = await boot(HELLO, ['one', 'two'], 'dom0');
    expectHello(r.stdout, ['one', 'two']);
    expect(guestLines(r.stdout)).toContain('ukraft: main returned 0');
    // Xen halts the machine when dom0 powers off: QEMU ends with 0 (not killed).
    expect(r.stdout).toMatch(/Hardware Dom0 halted/);
    expect(r.code).toBe(0);
  });

  it('reports a panic as a crash: dump, status line, Xen sees dom0 crash', async () => {
    const r = await boot(SELFTEST, ['crash', 'panic'], 'dom0');
    expect(r.stdout).toContain('CRASH: selftest: crash requested (panic)');
    expect(r.stdout).toMatch(/Backtrace:/);
    expect(guestLines(r.stdout)).toContain('ukraft: crashed, status 127');
  });

  // Page 0 is not in our identity map: a NULL write faults in a domU and
  // in dom0 alike (without our MMU, dom0 would see the flash Xen maps at 0).
  // The dump is kvm-arm64's, line for line (plat/shared/arm64/trap.c).
  it.each(['domU', 'dom0'] as const)(
    'dumps a data abort (a NULL write in %s) and ends with the crash status',
    async (as) => {
      const r = await boot(SELFTEST, ['crash', 'fault'], as);
      const out = guestLines(r.stdout).join('\n');
      expectArm64Dump(out, 'fault');
      expect(out).toMatch(/^ukraft: crashed, status 127$/m);
    },
  );

  it('decodes an undefined instruction; frame #0 resolves with the image base it prints', async () => {
    const r = await boot(SELFTEST, ['crash', 'undef'], 'domU');
    const out = guestLines(r.stdout).join('\n');
    const d = expectArm64Dump(out, 'undef');
    // Linked at 0 and loaded where Xen chose: addr2line needs the base.
    const where = exec('llvm-addr2line', ['-f', '-e', `${SELFTEST}.dbg`, `--adjust-vma=${d.image}`, d.elr]);
    expect(where.stdout).toMatch(/^crash_on_purpose$/m);
    expect(out).toMatch(/^ukraft: crashed, status 127$/m);
  });

  it('catches a boot stack overflow with the guard page and dumps it from the exception stack', async () => {
    const r = await boot(SELFTEST, ['crash', 'stack'], 'domU');
    const out = guestLines(r.stdout).join('\n');
    expectArm64Dump(out, 'stack');
    expect(out).toMatch(/^ukraft: crashed, status 127$/m);
  });

  it('boots as a dom0less domU with the vpl011 console', async () => {
    const r = await boot(HELLO, ['one', 'two'], 'domU');
    expect(r.stdout).toMatch(/^\(d1\) Hello world!/m);
    expectHello(r.stdout, ['one', 'two']);
    expect(guestLines(r.stdout)).toContain('ukraft: main returned 0');
  });

  it('passes every selftest check as dom0', async () => {
    const r = await boot(SELFTEST, [], 'dom0');
    const m = /^(\d+) passed, (\d+) failed$/m.exec(guestLines(r.stdout).join('\n'));
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m![2]), r.stdout).toBe(0);
    expect(r.stdout).toMatch(/^ok xen_time\.halt_waits_for_the_deadline\r?$/m);
    // The timer deadline arrives as an interrupt through Xen's vGICv3.
    expect(r.stdout).toMatch(/^ok plat_time\.halt_sleeps_until_the_deadline\r?$/m);
    expect(r.stdout).toMatch(/^ok arm64_irq\.one_interrupt_per_deadline\r?$/m);
    // Event channels: a loop within dom0, the handler run by the event PPI.
    expect(r.stdout).toMatch(/^ok xen_evtchn_loop\.notify_runs_the_other_ends_handler_in_halt\r?$/m);
    expect(r.stdout).toMatch(/^ok xen_evtchn_loop\.unbound_port_runs_no_handler\r?$/m);
    // FP/SIMD: nolibc's float tests and threads that compute with doubles.
    expectFloatingPoint(r.stdout);
    // dom0's wall clock is the PL031 Xen passes through: a date.
    expect(r.stdout).toMatch(/^ok xen_time\.wall_clock_is_a_date\r?$/m);
    // The MMU and caches are on, W^X, unaligned loads work.
    expect(r.stdout).toMatch(/^ok xen_arm64_mmu\.sctlr_has_mmu_caches_and_wxn\r?$/m);
    expect(r.stdout).toMatch(/^ok xen_arm64_mmu\.unaligned_load_from_normal_memory\r?$/m);
    expect(guestLines(r.stdout)).toContain('ukraft: main returned 0');
  });

  it('takes timer and event-channel interrupts as a dom0less domU (time, interrupt, sleep, MMU, FP and event tests)', async () => {
    const r = await boot(
      SELFTEST,
      ['plat_time', 'arm64_irq', 'xen_time', 'sleep', 'xen_arm64_mmu', 'sched_fp', 'float', 'xen_evtchn_loop'],
      'domU',
    );
    const out = guestLines(r.stdout).join('\n');
    const m = /^(\d+) passed, (\d+) failed$/m.exec(out);
    expect(m, r.stdout).not.toBeNull();
    expect(Number(m![1]), r.stdout).toBeGreaterThanOrEqual(15);
    expect(Number(m![2]), r.stdout).toBe(0);
    expect(out).toMatch(/^ok arm64_irq\.rearmed_deadlines_each_interrupt_once$/m);
    expect(out).toMatch(/^ok xen_arm64_mmu\.image_is_write_back_and_w_xor_x$/m);
    expect(out).toMatch(/^ok xen_arm64_mmu\.page_zero_is_unmapped$/m);
    expect(out).toMatch(/^ok xen_evtchn_loop\.notify_runs_the_other_ends_handler_in_halt$/m);
    expect(out).toMatch(/^ok xen_evtchn_loop\.closed_port_fails_notify$/m);
    expectFloatingPoint(out);
    expect(out).toMatch(/^ukraft: main returned 0$/m);
  });

  // Grant tables need no other domain to be set up: Xen puts the frames
  // in the grant-table region (XENMEM_add_to_physmap) for dom0 (region from
  // the hypervisor node of its device tree) and a dom0less domU (Xen's
  // guest layout: no hypervisor node without xenstore).
  it.each(['dom0', 'domU'] as const)('sets up grant tables as %s and hands out every reference', async (as) => {
    const r = await boot(XENTEST, ['xengnttab'], as);
    const out = guestLines(r.stdout).join('\n');
    expect(out).toMatch(/^ok xengnttab\.refs_come_from_the_free_list$/m);
    expect(out).toMatch(/^ok xengnttab\.every_ref_at_once_then_enospc$/m);
    expect(out).toMatch(/^2 passed, 0 failed$/m);
    expect(out).toMatch(/^ukraft: main returned 0$/m);
  });

  it('runs through `nx run helloworld:run`', () => {
    const r = nx(['run', 'helloworld:run', '--configuration=xen-arm64', '--args=alpha beta']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectHello(r.stdout, ['alpha', 'beta']);
    expect(r.stdout).toContain('helloworld (xen-arm64): main returned 0');
  });
});
