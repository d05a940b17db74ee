import { defineLibrary } from '@ukraft/nx';

/**
 * snapfs: a crash-safe persistent file system on a block device, as a
 * ramfs whose tree is written as one A/B snapshot (cpio newc, CRC-32) on
 * every fsync. docs/storage.md says why and what it costs.
 */
export default defineLibrary({
  name: 'snapfs',
  description: 'persistent, crash-safe file system: ramfs tree + A/B snapshots on a block device at every fsync',
  license: 'BSD-3-Clause',
  requires: ['vfs', 'ramfs', 'initrd', 'ukblkdev', 'nolibc', 'ukdebug'],
  sources: { common: ['src/crc32.c', 'src/archive.c', 'src/snapfs.c'] },
  exports: ['uk_snapfs_mount'],
});
