/**
 * kvm-arm64: an ELF linked at 0x40200000 for QEMU virt (`-kernel`),
 * entered at EL1 or EL2, plus the same bytes as an arm64 Linux `Image`
 * beside it. PSCI power-off makes QEMU exit 0 whatever main returned, so
 * `nx run` boots with semihosting (ukplat.semihosting=1) to make QEMU's
 * exit code main's status; by hand, read the last line
 * (`ukraft: main returned <n>` / `ukraft: crashed`, see docs/arm64.md).
 */
import { findTool } from '../toolchain/tools';
import { writeArm64Image } from './arm64-image';
import type { TargetSpec } from './types';

/** main's status from the console output of a kvm-arm64 boot, if it got that far. */
export function statusFromOutput(output: string): number | undefined {
  const lines = output.replace(/\r/g, '').split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^ukraft: (?:main returned (\d+)|(crashed))$/.exec(lines[i]!);
    if (m) return m[2] ? 127 : Number(m[1]);
  }
  return undefined;
}

export const kvmArm64: TargetSpec = {
  name: 'kvm-arm64',
  // No FP/SIMD registers in the image: traps need not save them and the
  // boot code leaves FP access trapped (docs/arm64.md).
  cflags: ['--target=aarch64-unknown-none-elf', '-mgeneral-regs-only'],
  ldflags: ['-z', 'max-page-size=4096'],
  gcc: {
    cc: 'aarch64-linux-gnu-gcc',
    ld: 'aarch64-linux-gnu-ld',
    // gcc 12 calls libgcc's out-of-line atomics (__aarch64_swp4_acq, ...)
    // by default; there is no libgcc in the image, so inline them.
    cflags: ['-mgeneral-regs-only', '-mcmodel=small', '-fno-pie', '-mno-outline-atomics'],
    ldflags: ['-z', 'max-page-size=4096'],
  },
  imageStep: async (req) => [await writeArm64Image(req.cwd, req.debugImage, req.image)],
  boot: (image, o) => ({
    cmd: findTool('qemu-system-aarch64'),
    args: [
      '-M', o.machine ?? 'virt', '-cpu', 'cortex-a57', '-m', o.memory,
      '-nodefaults', '-no-user-config', '-nographic', '-serial', 'stdio', '-no-reboot',
      '-semihosting-config', 'enable=on,target=native',
      '-kernel', image, '-append', ['ukplat.semihosting=1', ...o.args].join(' '),
    ],
    // Semihosting SYS_EXIT_EXTENDED: QEMU exits with main's status.
    status: (code) => code,
  }),
};
