import { defineLibrary } from '@ukraft/nx';

/** Block devices (uk/blkdev.h): synchronous 512-byte sector reads, writes and flushes. docs/storage.md. */
export default defineLibrary({
  name: 'ukblkdev',
  description: 'block-device API: registry, bounds-checked synchronous sector read/write/flush',
  license: 'BSD-3-Clause',
  requires: ['ukdev', 'nolibc'],
  sources: { common: ['src/blkdev.c'] },
  exports: [
    'uk_blkdev_register',
    'uk_blkdev_count',
    'uk_blkdev_get',
    'uk_blkdev_read',
    'uk_blkdev_write',
    'uk_blkdev_flush',
  ],
});
