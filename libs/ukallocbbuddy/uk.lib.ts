import { defineLibrary } from '@ukraft/nx';

/**
 * A binary buddy allocator of 4 KiB pages with power-of-two slab classes
 * (16 B .. 2 KiB) for small requests. Select it as the image's allocator
 * with `providers: { allocator: 'ukallocbbuddy' }` in the app's
 * uk.config.json, or by listing it in the app's libraries.
 */
export default defineLibrary({
  name: 'ukallocbbuddy',
  description: 'binary buddy page allocator with a small-object (slab) layer behind the ukalloc interface',
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
    common: ['src/lists.c', 'src/pages.c', 'src/slab.c', 'src/ops.c', 'src/check.c', 'src/provider.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/bbuddy.c'] }],
  },
  exports: ['uk_allocbbuddy_init', 'uk_allocbbuddy_check', 'uk_allocator_init'],
});
