import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukalloc',
  description: 'allocator interface: struct uk_alloc, default allocator, malloc-style wrappers, statistics',
  license: 'BSD-3-Clause',
  requires: ['uktest', 'uktrace'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ and the random workload (uk/ukalloc_stress.h) allocator tests run.',
    },
    STRESS_OPS: {
      type: 'int',
      default: 100000,
      range: [0, 100000000],
      help: "Operations of the random workload each allocator's in-image test runs on the heap.",
    },
  },
  sources: {
    common: ['src/default.c', 'src/alloc.c', 'src/calloc.c', 'src/realloc.c', 'src/stats.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/ukalloc.c', 'tests/image/stress.c'] }],
  },
  exports: [
    'uk_alloc_set_default',
    'uk_alloc_get_default',
    'uk_malloc',
    'uk_calloc',
    'uk_realloc',
    'uk_free',
    'uk_posix_memalign',
    'uk_memalign',
    'uk_alloc_usable_size',
    'uk_alloc_availmem',
    'uk_alloc_stats_get',
    'uk_alloc_stats_note_alloc',
    'uk_alloc_stats_note_free',
    'uk_alloc_stats_note_enomem',
    'uk_alloc_stats_note_resize',
    // With TESTS only:
    'uk_alloc_stress_run',
    'uk_alloc_stress_heap',
  ],
});
