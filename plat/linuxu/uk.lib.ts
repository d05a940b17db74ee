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
  // The platform API (plat/common/uk.lib.ts 'api'): its symbols join the exports.
  implements: ['ukplat', 'ukplat-irq', 'ukplat-host', 'ukplat-prof'],
  exports: ['_start'],
});
