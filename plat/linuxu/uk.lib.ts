import { defineLibrary } from '@ukraft/nx';

/**
 * The unikernel as a static Linux process: console on stdout, heap from
 * one anonymous mmap, arguments from the process, exit status from
 * exit_group, crash reports on SIGSEGV/SIGILL/SIGFPE/SIGBUS, clocks and
 * the one-shot timer of uk/plat/time.h over clock_gettime, timerfd, ppoll;
 * host descriptors as interrupt lines (uk/plat/irq.h, uk/plat/host.h).
 * No linker script: ld.lld's default layout with entry _start.
 */
export default defineLibrary({
  name: 'plat-linuxu',
  kind: 'plat',
  description: 'Linux user-space platform: the unikernel runs as a static Linux process',
  license: 'BSD-3-Clause',
  requires: ['ukplat', 'uktest'],
  plats: ['linuxu'],
  archs: ['x86_64', 'arm64'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the uk/plat/time.h conformance tests (plat/common/tests/image/) into the image.',
    },
    HEAP_SIZE_MB: {
      type: 'int',
      default: 64,
      range: [1, 4096],
      help: 'Size of the heap in MiB, mapped with mmap(MAP_NORESERVE) at start.',
    },
  },
  include: [],
  sources: {
    common: [
      'common/setup.c',
      'common/console.c',
      'common/shutdown.c',
      'common/signals.c',
      '../shared/kprint.c',
      '../shared/backtrace.c',
      '../shared/stackprot.c',
      '../shared/guard.c',
      '../shared/tls.c',
      'common/tls_image.c',
      'common/syscalls.c',
      'common/time.c',
      'common/irq.c',
      'common/host.c',
      'common/initrd.c',
      'common/prof.c',
      '../shared/prof_walk.c',
    ],
    arch: {
      x86_64: ['x86_64/entry.S', 'x86_64/ucontext.c', 'x86_64/tls.c'],
      arm64: ['arm64/entry.S', 'arm64/ucontext.c'],
    },
    when: [{ option: 'TESTS', sources: ['../common/tests/image/time.c'] }],
  },
  exports: [
    // The stack protector's canary and failure call (../shared/stackprot.h).
    '__stack_chk_guard',
    '__stack_chk_fail',
    'ukplat_guard_page_set',
    'ukplat_guard_page_clear',
    'ukplat_tls_area_size',
    'ukplat_tls_area_align',
    'ukplat_tls_area_init',
    'ukplat_tls_set',
    'ukplat_tls_get',
    '_start',
    'ukplat_coutk',
    'ukplat_cink',
    'ukplat_terminate',
    'ukplat_crash',
    'ukplat_monotonic_clock',
    'ukplat_wall_clock',
    'ukplat_timer_arm',
    'ukplat_halt',
    'ukplat_prof_start',
    'ukplat_prof_stop',
    'ukplat_irq_register',
    'ukplat_irq_mask',
    'ukplat_irq_unmask',
    'ukplat_irq_msi_alloc',
    'ukplat_irq_count',
    'ukplat_irq_host_fd',
    'ukplat_host_open',
    'ukplat_host_ioctl',
    'ukplat_host_read',
    'ukplat_host_write',
    'ukplat_host_close',
  ],
});
