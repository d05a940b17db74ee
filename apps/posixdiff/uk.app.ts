import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'posixdiff-app',
  description:
    'The POSIX file calls (open flags, read/write/lseek, pread/pwrite, ftruncate, dup/fcntl, mkdir/rmdir/unlink/rename, stat, readdir, chdir/getcwd, stdio) on a ramfs root, one line per check; the host runs the same source for test/e2e/posix-diff.test.ts',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukalloctlsf', 'vfs', 'ramfs'],
  sources: ['main.c', 'check.c', 'fd.c', 'path.c', 'attrs.c', 'dir.c', 'links.c', 'stream.c'],
  targets: ['kvm-x86_64', 'linuxu-x86_64'],
  // `posixdiff DIR`: works in DIR (made in the working directory, "/" on ramfs).
  run: { memory: '64M', args: ['pd'] },
});
