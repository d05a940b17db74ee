import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'plat-kvm',
  kind: 'plat',
  description:
    'KVM/QEMU platform: x86_64 (Multiboot and PVH boot, long mode, COM1, ACPI power-off) and arm64 (QEMU virt: EL2/EL1 entry, MMU, PL011, device tree, PSCI); crash dumps, memory map',
  license: 'BSD-3-Clause',
  plats: ['kvm'],
  archs: ['x86_64', 'arm64'],
  requires: ['ukplat', 'arch-{arch}'],
  // No public headers: the platform API is plat/common's (ukplat).
  include: [],
  options: {
    STACK_SIZE: {
      type: 'int',
      default: 65536,
      range: [16384, 16777216],
      help: 'Boot stack size in bytes (rounded up to 4 KiB); main() runs on it. An unmapped guard page sits below it.',
    },
  },
  sources: {
    common: ['common/kprint.c', 'common/memmap.c', 'common/backtrace.c', 'common/cmdline.c'],
    arch: {
      x86_64: [
        'x86_64/multiboot.S',
        'x86_64/pvh.S',
        'x86_64/boot32.S',
        'x86_64/boot64.S',
        'x86_64/bootmem.S',
        'x86_64/traps.S',
        'x86_64/setup.c',
        'x86_64/boot_multiboot.c',
        'x86_64/boot_pvh.c',
        'x86_64/serial.c',
        'x86_64/gdt.c',
        'x86_64/idt.c',
        'x86_64/trap.c',
        'x86_64/mmu.c',
        'x86_64/acpi.c',
        'x86_64/shutdown.c',
        'x86_64/crash.c',
      ],
      arm64: [
        'arm64/head.S',
        'arm64/el2.S',
        'arm64/stacks.S',
        'arm64/vectors.S',
        'arm64/mmu.c',
        'arm64/setup.c',
        'arm64/params.c',
        'arm64/pl011.c',
        'arm64/psci.c',
        'arm64/semihost.c',
        'arm64/trap.c',
        'arm64/esr.c',
        'arm64/crash.c',
        'arm64/shutdown.c',
      ],
    },
  },
  exports: ['ukplat_kvm_start32', 'ukplat_kvm_pvh_start32', 'ukplat_kvm_arm64_head', 'ukplat_coutk', 'ukplat_terminate', 'ukplat_crash'],
  linkerScript: { x86_64: 'x86_64/link.ld', arm64: 'arm64/link.ld' },
});
