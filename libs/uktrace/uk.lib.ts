import { defineLibrary } from '@ukraft/nx';

/**
 * Trace points (docs/debugging.md): UK_TRACE(name, args...) records a
 * timestamped event with up to four integer or pointer arguments into a
 * ring buffer, which a crash dump prints (the last events) and
 * uk_trace_dump() prints on demand; the plugin decodes that text into a
 * trace and a Chrome trace-event JSON file. Off (the default), every
 * trace point compiles to nothing and the library has no code.
 */
export default defineLibrary({
  name: 'uktrace',
  description: 'trace points into a ring buffer, dumped on a crash or on demand; compiled away when off',
  license: 'BSD-3-Clause',
  requires: ['ukplat'],
  options: {
    ENABLE: {
      type: 'bool',
      default: false,
      help: 'Record trace points. Off, UK_TRACE() compiles to nothing (its arguments are type-checked, never evaluated).',
    },
    EVENTS: {
      type: 'int',
      default: 256,
      range: [16, 65536],
      dependsOn: 'ENABLE',
      help: 'Events the ring buffer keeps (the oldest are overwritten); a crash dump prints the last CRASH_EVENTS.',
    },
    CRASH_EVENTS: {
      type: 'int',
      default: 32,
      range: [0, 65536],
      dependsOn: 'ENABLE',
      help: 'How many of the last events a crash dump prints (0: none).',
    },
  },
  sources: { common: [], when: [{ option: 'ENABLE', sources: ['src/trace.c'] }] },
  exports: ['uk_trace_record', 'uk_trace_dump', 'uk_trace_dump_last', 'uk_trace_crash_dump', 'uk_trace_buffer'],
});
