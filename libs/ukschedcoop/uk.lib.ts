import { defineLibrary } from '@ukraft/nx';

/**
 * The cooperative round-robin scheduler behind uk/sched.h: a FIFO run
 * queue, no preemption, a tickless idle loop. The default provider of
 * the 'scheduler' capability (ukboot requires one).
 */
export default defineLibrary({
  name: 'ukschedcoop',
  description: 'cooperative round-robin scheduler: FIFO run queue, tickless idle (halts until the next deadline)',
  license: 'BSD-3-Clause',
  requires: ['uksched'],
  provides: ['scheduler'],
  defaultFor: ['scheduler'],
  sources: { common: ['src/coop.c'] },
  exports: ['uk_sched_impl_ready', 'uk_sched_impl_schedule'],
});
