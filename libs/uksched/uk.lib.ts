import { defineLibrary } from '@ukraft/nx';

/**
 * Threads, sleeping and wait queues (uk/sched.h) over a scheduler that
 * provides 'scheduler' (ukschedcoop unless the app picks another;
 * uk/sched_impl.h is the contract). The context switch is per
 * architecture in arch/. Needs no libc: the allocator, the platform's
 * clocks and halt (uk/plat/time.h), guard pages (uk/plat/guard.h), and ukplat_crash() on a stack
 * overflow or a deadlock.
 */
export default defineLibrary({
  name: 'uksched',
  description: 'threads (create/join/exit/yield/sleep), wait queues, tickless idle; the API over a scheduler provider',
  license: 'BSD-3-Clause',
  requires: ['ukalloc', 'ukplat', 'uktest', 'uktrace'],
  options: {
    STACK_SIZE: {
      type: 'int',
      default: 65536,
      range: [4096, 16777216],
      help: 'Stack size in bytes of a thread created with stack size 0 (rounded up to 4 KiB). An unmapped guard page lies below each thread stack where the platform can unmap one (uk/plat/guard.h), and a canary at its bottom is checked at every switch.',
    },
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: ['src/switch.c', 'src/thread.c', 'src/waitq.c', 'src/timeout.c'],
    arch: {
      x86_64: ['arch/x86_64/switch.S', 'arch/x86_64/stack.c'],
      arm64: ['arch/arm64/switch.S', 'arch/arm64/stack.c'],
    },
    when: [
      {
        option: 'TESTS',
        sources: ['tests/image/threads.c', 'tests/image/waitq.c', 'tests/image/sleep.c', 'tests/image/fp.c'],
      },
    ],
  },
  exports: [
    'uk_thread_create',
    'uk_thread_join',
    'uk_thread_detach',
    'uk_thread_exit',
    'uk_thread_current',
    'uk_thread_name',
    'uk_thread_get_priv',
    'uk_thread_set_priv',
    'uk_sched_yield',
    'uk_sched_sleep_until',
    'uk_sched_sleep_ns',
    'uk_sched_stats_get',
    'uk_waitq_init',
    'uk_waitq_wait',
    'uk_waitq_wait_irq',
    'uk_waitq_wake_one',
    'uk_waitq_wake_all',
    'uk_waitq_empty',
    // For schedulers (uk/sched_impl.h):
    'uk_sched_wake_expired',
    'uk_sched_idle',
    'uk_sched_switch_to',
  ],
});
