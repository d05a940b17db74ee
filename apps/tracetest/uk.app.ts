import { defineApp } from '@ukraft/nx';

/**
 * Emits known trace events from two threads that take turns, then dumps
 * the trace buffer (test/e2e/trace.test.ts); with the argument "crash" it
 * then panics, so the crash dump carries the last events.
 */
export default defineApp({
  name: 'tracetest',
  description: 'Known trace events from two alternating threads, then a trace dump (or a crash with one)',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'uksched', 'uktrace', 'ukdebug'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'kvm-arm64', 'linuxu-arm64'],
  run: { memory: '64M', args: [] },
});
