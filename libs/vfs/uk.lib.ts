import { defineLibrary } from '@ukraft/nx';

/**
 * The virtual file system: mounts, path resolution ("." / ".." / symbolic
 * links, ELOOP after 40), vnodes with one ops table per file system, and
 * the POSIX path calls (open, stat, mkdir, rename, opendir, chdir, ...)
 * over nolibc's descriptor table. docs/storage.md.
 */
export default defineLibrary({
  name: 'vfs',
  description:
    'virtual file system: mounts, path resolution with symlinks, vnode ops per file system; open, stat/lstat, mkdir/rmdir, unlink, rename, symlink/readlink, access, chdir/getcwd, opendir/readdir/telldir/seekdir, chmod/fchmod/umask, truncate, realpath',
  license: 'BSD-3-Clause',
  requires: ['nolibc', 'uktest'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (need a root file system, e.g. ramfs; run through uktest).',
    },
  },
  sources: {
    common: [
      'src/mount.c',
      'src/walk.c',
      'src/file.c',
      'src/open.c',
      'src/path.c',
      'src/rename.c',
      'src/cwd.c',
      'src/dir.c',
      'src/attr.c',
      'src/times.c',
    ],
    when: [
      {
        option: 'TESTS',
        sources: [
          'tests/image/open.c',
          'tests/image/io.c',
          'tests/image/paths.c',
          'tests/image/dirs.c',
          'tests/image/links.c',
          'tests/image/rename.c',
        ],
      },
    ],
  },
  exports: [
    'uk_vfs_mount',
    'uk_vfs_unmount',
    'uk_vfs_has_root',
    'uk_vfs_mount_of',
    'uk_vnode_ref',
    'uk_vnode_put',
    'open',
    'creat',
    'stat',
    'lstat',
    'mkdir',
    'unlink',
    'rmdir',
    'rename',
    'symlink',
    'readlink',
    'access',
    'utimes',
    'chdir',
    'getcwd',
    'opendir',
    'fdopendir',
    'readdir',
    'rewinddir',
    'closedir',
    'dirfd',
    'telldir',
    'seekdir',
    'chmod',
    'fchmod',
    'umask',
    'truncate',
    'realpath',
  ],
});
