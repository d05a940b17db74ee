import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukallocregion',
  description: 'region (bump) allocator behind the ukalloc interface; LIFO frees roll back',
  license: 'BSD-3-Clause',
  requires: ['ukalloc'],
  sources: { common: ['src/region.c'] },
  exports: ['uk_allocregion_init'],
});
