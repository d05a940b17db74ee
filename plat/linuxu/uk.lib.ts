import { defineLibrary } from '@ukraft/nx';

/**
 * The unikernel as a static Linux process: console on stdout, heap from
 * one anonymous mmap, arguments from the process, exit status from
 * exit_group, crash reports on SIGSEGV/SIGILL/SIGFPE/SIGBUS.
 * No linker script: ld.lld's default layout with entry _start.
 */
export default defineLibrary({
  name: 'plat-linuxu',
  kind: 'plat',
  description: 'Linux user-space platform: the unikernel runs as a static Linux process',
  license: 'BSD-3-Clause',
  requires: ['ukplat'],
  plats: ['linuxu'],
  archs: ['x86_64', 'arm64'],
  options: {
    HEAP_SIZE_MB: {
      type: 'int',
      default: 64,
      range: [1, 4096],
      help: 'Size of the heap in MiB, mapped with mmap(MAP_NORESERVE) at start.',
    },
  },
  include: [],
  sources: {
    common: ['common/setup.c', 'common/console.c', 'common/shutdown.c', 'common/signals.c', 'common/print.c', 'common/backtrace.c', 'common/syscalls.c'],
    arch: {
      x86_64: ['x86_64/entry.S', 'x86_64/ucontext.c'],
      arm64: ['arm64/entry.S', 'arm64/ucontext.c'],
    },
  },
  exports: ['_start', 'ukplat_coutk', 'ukplat_terminate', 'ukplat_crash'],
});
