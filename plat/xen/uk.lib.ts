import { defineLibrary } from '@ukraft/nx';

/**
 * The Xen platform. x86_64: a PV guest (ELF notes, hypercall page,
 * start_info, console_io for dom0 and the PV console ring for domUs,
 * shared_info and the PV clock behind uk/plat/time.h, event channels
 * with the event callback and the VIRQ_TIMER one-shot timer, MMU hypercalls,
 * SCHEDOP_shutdown). arm64: an arm64 Image (static PIE that relocates
 * itself), hvc #0xEA1, device tree, identity map with W^X and caches on,
 * console_io / vpl011 / console ring, the arch timer with its interrupt
 * through the GIC (ukintctlr-gic).
 */
export default defineLibrary({
  name: 'plat-xen',
  kind: 'plat',
  description:
    'Xen platform: x86_64 PV guest (dom0 or domU: console_io / PV console ring, PV clock, event channels with a VIRQ_TIMER one-shot timer) and arm64 (Image, device tree, MMU, timer interrupts through the vGIC); shutdown reasons',
  license: 'BSD-3-Clause',
  plats: ['xen'],
  archs: ['x86_64', 'arm64'],
  requires: ['ukplat', 'arch-{arch}', 'uktest', 'ukfdt', { name: 'ukintctlr-gic', if: 'arch == arm64' }],
  // No public headers: the platform API is plat/common's (ukplat).
  include: [],
  options: {
    TESTS: { type: 'bool', default: false, help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).' },
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
        'x86_64/upcall.S',
        'x86_64/upcall.c',
        'common/evtchn.c',
        'x86_64/setup.c',
        'x86_64/mmu.c',
        'x86_64/shinfo.c',
        'x86_64/trap.c',
        'x86_64/backtrace.c',
        'x86_64/crash.c',
        'x86_64/exit.c',
        'x86_64/time.c',
      ],
      arm64: [
        'arm64/entry.S',
        'arm64/mmu.c',
        '../common/arm64/pagetable.c',
        'arm64/setup.c',
        'arm64/vpl011.c',
        'arm64/ring.c',
        'arm64/exit.c',
        'arm64/crash.c',
        'arm64/vectors.S',
        'arm64/trap.c',
        'arm64/irq.c',
        '../common/arm64/gtimer.c',
        '../common/arm64/pl031.c',
      ],
    },
    when: [
      {
        option: 'TESTS',
        sources: ['tests/image/time.c', 'tests/image/evtchn.c', '../common/tests/image/time.c', '../common/tests/image/arm64_irq.c', 'tests/image/arm64_mmu.c'],
      },
    ],
  },
  exports: [
    'ukplat_xen_start',
    'ukplat_xen_arm64_head',
    'ukplat_coutk',
    'ukplat_terminate',
    'ukplat_crash',
    'ukplat_monotonic_clock',
    'ukplat_wall_clock',
    'ukplat_timer_arm',
    'ukplat_halt',
  ],
  linkerScript: { x86_64: 'x86_64/link.ld', arm64: 'arm64/link.ld' },
});
