import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukallocregion',
  description: 'region (bump) allocator behind the ukalloc interface; LIFO frees roll back',
  license: 'BSD-3-Clause',
  requires: ['ukalloc', 'uktest'],
  // The allocator ukboot uses unless the app selects another provider.
  provides: ['allocator'],
  defaultFor: ['allocator'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: ['src/region.c', 'src/provider.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/region.c'] }],
  },
  exports: ['uk_allocregion_init', 'uk_allocator_init'],
});
