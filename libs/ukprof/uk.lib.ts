import { defineLibrary } from '@ukraft/nx';

/**
 * Sampling profiler (docs/debugging.md): from boot to exit, a periodic
 * tick of the platform (uk/plat/prof.h) records the interrupted program
 * counter and its frame-pointer chain into a buffer, which is printed on
 * the console at exit (or once the buffer is full) for the plugin's
 * `profile` target to turn into folded stacks and a flame graph. The
 * profile target adds this library to the image; an app does not list it.
 */
export default defineLibrary({
  name: 'ukprof',
  description: 'sampling profiler: timer-tick PC and frame-pointer stacks into a buffer, printed at exit',
  license: 'BSD-3-Clause',
  requires: ['ukplat', 'ukboot', 'nolibc'],
  plats: ['kvm', 'linuxu'],
  options: {
    HZ: { type: 'int', default: 1000, range: [10, 10000], help: 'Samples a second (CPU time on linuxu).' },
    DEPTH: {
      type: 'int',
      default: 16,
      range: [1, 64],
      help: 'Most frames a sample keeps (the interrupted PC included).',
    },
    SAMPLES: {
      type: 'int',
      default: 8192,
      range: [16, 262144],
      help: 'Samples the buffer holds (DEPTH words each); when it is full, sampling stops and the samples are printed.',
    },
  },
  sources: { common: ['src/prof.c'] },
  exports: ['uk_prof_dump'],
});
