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
  // The platform API is plat/common's (ukplat); include/uk/xen/ is what
  // Xen PV drivers (libs/xenbus, libs/xengnttab, netfront) use.
  include: ['include'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
    STACK_SIZE: {
      type: 'int',
      default: 65536,
      range: [16384, 16777216],
      help: 'Boot stack size in bytes (rounded up to 4 KiB); main() runs on it. An unmapped guard page sits below it.',
    },
  },
  sources: {
    common: [
      '../shared/kprint.c',
      '../shared/backtrace.c',
      '../shared/stackprot.c',
      '../shared/guard.c',
      '../shared/tls.c',
      '../shared/tls_ldscript.c',
      '../shared/section.c',
      'common/console.c',
      'common/terminate.c',
      'common/pvapi.c',
      'common/evtchn.c',
      'common/pvapi_evtchn.c',
    ],
    arch: {
      x86_64: [
        'x86_64/notes.S',
        'x86_64/entry.S',
        'x86_64/traps.S',
        'x86_64/upcall.S',
        'x86_64/upcall.c',
        'x86_64/pvapi.c',
        'x86_64/setup.c',
        'x86_64/tls.c',
        'x86_64/mmu.c',
        'x86_64/shinfo.c',
        'x86_64/trap.c',
        'x86_64/crash.c',
        'x86_64/exit.c',
        'x86_64/time.c',
      ],
      arm64: [
        // ../shared/arm64: the boot path, traps, page tables, timer and
        // RTC shared with kvm-arm64.
        '../shared/arm64/entry.S',
        '../shared/arm64/el2.S',
        '../shared/arm64/stacks.S',
        'arm64/mmu.c',
        '../shared/arm64/pagetable.c',
        'arm64/setup.c',
        'arm64/vpl011.c',
        'arm64/ring.c',
        'arm64/pvapi.c',
        'arm64/devirq.c',
        'arm64/shinfo.c',
        'arm64/upcall.c',
        'arm64/exit.c',
        '../shared/arm64/crash.c',
        '../shared/arm64/vectors.S',
        '../shared/arm64/trap.c',
        '../shared/arm64/esr.c',
        '../shared/arm64/gtimer.c',
        '../shared/arm64/pl031.c',
      ],
    },
    when: [
      {
        option: 'TESTS',
        sources: [
          'tests/image/time.c',
          'tests/image/evtchn.c',
          'tests/image/evtchn_loop.c',
          '../common/tests/image/time.c',
          '../common/tests/image/arm64_irq.c',
          'tests/image/arm64_mmu.c',
        ],
      },
    ],
  },
  // The platform API (plat/common/uk.lib.ts 'api'): its symbols join the exports.
  implements: ['ukplat'],
  exports: [
    'ukplat_xen_start',
    'ukplat_arm64_head',
    // uk/xen/platform.h
    'ukplat_xen_hypercall',
    'ukplat_xen_is_dom0',
    'ukplat_xen_store',
    'ukplat_xen_frame',
    'ukplat_xen_gnttab_map',
    'ukplat_xen_evtchn_alloc_unbound',
    'ukplat_xen_evtchn_bind',
    'ukplat_xen_evtchn_unbind',
    'ukplat_xen_evtchn_notify',
    'ukplat_xen_evtchn_close',
    'ukplat_xen_evtchn_bind_ipi',
  ],
  linkerScript: { x86_64: 'x86_64/link.ld', arm64: 'arm64/link.ld' },
});
