/**
 * kvm-x86_64: an ELF linked at 1 MiB with Multiboot v1 and PVH entries,
 * booted by QEMU `-kernel` (microvm by default, pc and q35 too).
 */
import { findTool } from '../toolchain/tools';
import type { TargetSpec } from './types';

export const kvmX86_64: TargetSpec = {
  name: 'kvm-x86_64',
  cflags: ['--target=x86_64-unknown-none-elf', '-mno-red-zone', '-mcmodel=small'],
  ldflags: [],
  boot: (image, o) => ({
    cmd: findTool('qemu-system-x86_64'),
    args: [
      '-M', o.machine ?? 'microvm', '-accel', 'tcg', '-cpu', 'max', '-m', o.memory,
      '-nodefaults', '-no-user-config', '-nographic', '-serial', 'stdio',
      '-device', 'isa-debug-exit,iobase=0xf4,iosize=4',
      '-kernel', image, '-append', o.args.join(' '),
    ],
    // isa-debug-exit: QEMU exits (v << 1) | 1. A plain 0 is an ACPI power-off.
    status: (code) => (code & 1 ? code >> 1 : code === 0 ? 0 : undefined),
  }),
};
