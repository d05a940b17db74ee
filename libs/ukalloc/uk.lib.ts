import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukalloc',
  description: 'allocator interface: struct uk_alloc, default allocator, malloc-style wrappers, statistics',
  license: 'BSD-3-Clause',
  requires: [],
  sources: {
    common: ['src/default.c', 'src/alloc.c', 'src/calloc.c', 'src/realloc.c', 'src/stats.c'],
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
  ],
});
