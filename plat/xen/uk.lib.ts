import { defineLibrary } from '@ukraft/nx';

/**
 * The Xen platform. x86_64: a PV guest (ELF notes, hypercall page,
 * start_info, console_io for dom0 and the PV console ring for domUs,
 * shared_info and the PV clock, MMU hypercalls, SCHEDOP_shutdown).
 */
export default defineLibrary({
  name: 'plat-xen',
  kind: 'plat',
  description: 'Xen platform: x86_64 PV guest (dom0 or domU) with console_io / PV console ring, PV clock and shutdown reasons',
  license: 'BSD-3-Clause',
  plats: ['xen'],
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
    common: ['common/console.c', 'common/kprint.c', 'common/terminate.c'],
    arch: {
      x86_64: [
        'x86_64/notes.S',
        'x86_64/entry.S',
        'x86_64/traps.S',
        'x86_64/setup.c',
        'x86_64/mmu.c',
        'x86_64/shinfo.c',
        'x86_64/trap.c',
        'x86_64/backtrace.c',
        'x86_64/crash.c',
        'x86_64/exit.c',
      ],
    },
  },
  exports: ['ukplat_xen_start', 'ukplat_coutk', 'ukplat_terminate', 'ukplat_crash'],
  linkerScript: { x86_64: 'x86_64/link.ld' },
});
