import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'fstest',
  description:
    'Runs the storage in-image tests (vfs, ramfs, initrd) on a ramfs root with the initrd unpacked; `cat`/`ls` show files; one line per test and "N passed, M failed"',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'uktest', 'ukalloctlsf', 'vfs', 'ramfs', 'initrd', 'ukblkdev', 'snapfs'],
  sources: ['main.c', 'blk.c', 'persist.c'],
  // Packed into <image>.initrd.cpio; `nx run fstest:run -c kvm-x86_64 --args="cat /www/index.html"` shows it.
  initrd: { files: { '/www/index.html': 'files/index.html', '/etc/motd': 'files/motd' } },
  targets: ['kvm-x86_64', 'linuxu-x86_64', 'kvm-arm64', 'linuxu-arm64'],
  run: { memory: '64M', args: [] },
});
