import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'plat-kvm',
  kind: 'plat',
  description:
    'KVM/QEMU platform: Multiboot and PVH boot, long mode, COM1 console, crash dumps, memory map, ACPI power-off',
  license: 'BSD-3-Clause',
  plats: ['kvm'],
  archs: ['x86_64'],
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
    },
  },
  exports: ['ukplat_kvm_start32', 'ukplat_kvm_pvh_start32', 'ukplat_coutk', 'ukplat_terminate', 'ukplat_crash'],
  linkerScript: { x86_64: 'x86_64/link.ld' },
});
