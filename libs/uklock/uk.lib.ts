import { defineLibrary } from '@ukraft/nx';

/**
 * Locks over uk/sched.h: spinlock (header only), mutex (FIFO hand-off,
 * optionally recursive), counting semaphore, condition variable.
 */
export default defineLibrary({
  name: 'uklock',
  description: 'spinlock, mutex, semaphore and condition variable over the scheduler',
  license: 'BSD-3-Clause',
  requires: ['uksched', 'ukplat', 'uktest'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: ['src/mutex.c', 'src/semaphore.c', 'src/condvar.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/mutex.c', 'tests/image/semaphore.c', 'tests/image/condvar.c'] }],
  },
  exports: [
    'uk_mutex_init',
    'uk_mutex_lock',
    'uk_mutex_trylock',
    'uk_mutex_lock_until',
    'uk_mutex_unlock',
    'uk_mutex_is_locked',
    'uk_semaphore_init',
    'uk_semaphore_down',
    'uk_semaphore_down_until',
    'uk_semaphore_trydown',
    'uk_semaphore_up',
    'uk_condvar_init',
    'uk_condvar_wait',
    'uk_condvar_wait_until',
    'uk_condvar_signal',
    'uk_condvar_broadcast',
  ],
});
