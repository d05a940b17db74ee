/**
 * kvm-x86_64: an ELF linked at 1 MiB with Multiboot v1 and PVH entries,
 * booted by QEMU `-kernel` (microvm by default, pc and q35 too).
 */
import { findTool } from '../toolchain/tools';
import { type TargetSpec, diskArgs, userNetArgs } from './types';
import { guestCmdline } from '../util/words';

export const kvmX86_64: TargetSpec = {
  name: 'kvm-x86_64',
  boot: (image, o) => ({
    cmd: findTool('qemu-system-x86_64'),
    args: [
      '-M',
      o.machine ?? 'microvm',
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-m',
      o.memory,
      '-nodefaults',
      '-no-user-config',
      '-nographic',
      '-serial',
      'stdio',
      '-device',
      'isa-debug-exit,iobase=0xf4,iosize=4',
      '-kernel',
      image,
      '-append',
      guestCmdline(o.args),
      ...(o.initrd ? ['-initrd', o.initrd] : []),
      // microvm has no PCI: its NIC is virtio-mmio (found through the ACPI DSDT).
      ...userNetArgs(o.forward, (o.machine ?? 'microvm') === 'microvm' ? 'virtio-net-device' : 'virtio-net-pci'),
      ...diskArgs(o.disk, (o.machine ?? 'microvm') === 'microvm' ? 'virtio-blk-device' : 'virtio-blk-pci'),
    ],
    // isa-debug-exit: QEMU exits (v << 1) | 1. A plain 0 is an ACPI power-off.
  }),
};
