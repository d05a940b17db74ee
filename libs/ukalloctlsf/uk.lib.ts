import { defineLibrary } from '@ukraft/nx';

/**
 * A two-level segregated fit allocator: O(1) malloc/free/memalign,
 * immediate coalescing, 16-byte block headers. Select it as the image's
 * allocator with `providers: { allocator: 'ukalloctlsf' }` in the app's
 * uk.config.json, or by listing it in the app's libraries.
 */
export default defineLibrary({
  name: 'ukalloctlsf',
  description: 'TLSF-class general allocator: two-level segregated fit with bitmaps, O(1), immediate coalescing',
  license: 'BSD-3-Clause',
  requires: ['ukalloc', 'uktest'],
  provides: ['allocator'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: ['src/lists.c', 'src/block.c', 'src/alloc.c', 'src/init.c', 'src/check.c', 'src/provider.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/tlsf.c'] }],
  },
  exports: ['uk_alloctlsf_init', 'uk_alloctlsf_addmem', 'uk_alloctlsf_check', 'uk_allocator_init'],
});
