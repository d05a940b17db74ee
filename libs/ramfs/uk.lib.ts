import { defineLibrary } from '@ukraft/nx';

/** A RAM file system for the vfs library; the default root. docs/storage.md. */
export default defineLibrary({
  name: 'ramfs',
  description: 'file system in heap memory (files, directories, symlinks); mounted at / at boot',
  license: 'BSD-3-Clause',
  requires: ['vfs', 'nolibc', 'ukboot', 'uktest'],
  options: {
    ROOT: {
      type: 'bool',
      default: true,
      help: 'Mount a ramfs at / at boot (before main), unless another library mounted a root first.',
    },
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run through uktest).',
    },
  },
  sources: {
    common: ['src/node.c', 'src/dirops.c', 'src/data.c'],
    when: [{ option: 'TESTS', sources: ['tests/image/ramfs.c'] }],
  },
  exports: ['uk_ramfs', 'uk_ramfs_set_sync'],
});
