/**
 * Booting arm64 images from tests: the QEMU virt command of the README
 * (kvm-arm64) and qemu-aarch64 (linuxu-arm64), and main's status from
 * the status line a kvm-arm64 image prints last, and the crash dump
 * both arm64 platforms print.
 */
import { expect } from 'vitest';
import { exec, type Result } from './run';
import { guestStatus } from '../../tools/src/targets/status';

export const QEMU_ARM64 = 'qemu-system-aarch64';

export interface VirtOptions {
  cpu?: string;
  /** Extra machine properties, e.g. 'virtualization=on' (entered at EL2). */
  machine?: string;
  /** Turn semihosting on in QEMU (the image uses it with ukplat.semihosting=1). */
  semihosting?: boolean;
}

/** The acceptance command: QEMU virt, 64M, -nographic -no-reboot, ELF or Image via -kernel. */
export function qemuVirt(image: string, append: string, o: VirtOptions = {}): string[] {
  return [
    '-M',
    o.machine ? `virt,${o.machine}` : 'virt',
    '-cpu',
    o.cpu ?? 'cortex-a57',
    '-m',
    '64M',
    '-nographic',
    '-no-reboot',
    ...(o.semihosting ? ['-semihosting-config', 'enable=on,target=native'] : []),
    '-kernel',
    image,
    '-append',
    append,
  ];
}

export function bootVirt(image: string, append: string, o: VirtOptions = {}): Result {
  return exec(QEMU_ARM64, qemuVirt(image, append, o), { timeoutS: 90 });
}

/** main's status from the last status line, read by the plugin's own parser. */
export function statusLine(out: string): number | undefined {
  return guestStatus(out)?.status;
}

/** Run a linuxu-arm64 executable: natively on arm64, else under qemu-aarch64. */
export function runLinuxuArm64(image: string, args: string[]): Result {
  return process.arch === 'arm64'
    ? exec(image, args, { timeoutS: 60 })
    : exec('qemu-aarch64', [image, ...args], { timeoutS: 60 });
}

/** What selftest's `crash <how>` does on purpose (apps/selftest/main.c). */
export type Arm64Crash = 'fault' | 'undef' | 'stack';

const HEX = '0x[0-9a-f]{16}';

/**
 * The crash dump that kvm-arm64 and xen-arm64 print alike
 * (plat/shared/arm64/trap.c) for selftest's `crash <how>`, line by line
 * from its CRASH line to the backtrace: the syndrome decoded, the
 * registers, the image base and a backtrace whose frame #0 is ELR.
 * Returns ELR and the image base (for llvm-addr2line --adjust-vma).
 */
export function expectArm64Dump(out: string, how: Arm64Crash): { elr: string; image: string } {
  const text = out.replace(/\r/g, '');
  const dump = text.slice(text.lastIndexOf('\nCRASH: ') + 1);
  const abort =
    'CRASH: data abort, same EL \\(EC 0x25\\) from EL1 on SP_EL0\n  translation fault, level \\d, write at ';
  const head = {
    fault: `^${abort}0x0*10\nHint: NULL pointer dereference\nESR  0x0*96\\w{6}  FAR  0x0*10\n`,
    undef: `^CRASH: unknown reason \\(undefined instruction\\) \\(EC 0x00\\) from EL1 on SP_EL0\nESR  0x0*2000000  FAR  ${HEX}\n`,
    stack: `^${abort}${HEX}\nHint: boot stack overflow \\(guard page hit\\)\nESR  0x0*96\\w{6}  FAR  ${HEX}\n`,
  }[how];
  expect(dump, out).toMatch(new RegExp(head));
  const regs = [0, 4, 8, 12, 16, 20, 24].map((i) =>
    [0, 1, 2, 3].map((j) => `X${String(i + j).padStart(2, '0')} ${HEX}`).join('  '),
  );
  const rest = new RegExp(
    [
      `^ELR  (${HEX})  SPSR ${HEX}`,
      `SP   ${HEX}  FP   ${HEX}  LR   ${HEX}`,
      ...regs,
      `X28 ${HEX}`,
      `Image at (${HEX})`,
      'Backtrace:',
      '  #0  (0x[0-9a-f]{16})$',
    ].join('\n'),
    'm',
  );
  const m = rest.exec(dump);
  expect(m, dump).not.toBeNull();
  expect(m![3], 'frame #0 is where the exception happened').toBe(m![1]);
  return { elr: m![1]!, image: m![2]! };
}

/**
 * Floating point worked in a selftest run: nolibc's float tests (printf
 * and strtod of doubles) and uksched's sched_fp (threads keep their
 * doubles and their rounding mode and flags across switches) passed.
 */
export function expectFloatingPoint(out: string): void {
  for (const t of [
    'float.printf_fixed',
    'float.strtod_decimal',
    'float.round_trip',
    'sched_fp.two_threads_keep_their_doubles',
    'sched_fp.each_thread_keeps_its_rounding_mode_and_flags',
  ])
    expect(out, out).toMatch(new RegExp(`^(\\(d\\d+\\) )?ok ${t.replace('.', '\\.')}\\r?$`, 'm'));
}
