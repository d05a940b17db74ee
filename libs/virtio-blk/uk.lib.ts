import { defineLibrary } from '@ukraft/nx';

/**
 * The virtio block device as a uk/blkdev.h device, on any virtio
 * transport (PCI modern or legacy, MMIO): one request queue, polled.
 * An app selects it as a library; the device layer binds it.
 */
export default defineLibrary({
  name: 'virtio-blk',
  description: 'virtio-blk driver for ukblkdev: one polled request queue; read, write, flush; read-only disks',
  license: 'BSD-3-Clause',
  plats: ['kvm'],
  requires: ['ukblkdev', 'ukvirtio', 'ukdev', 'ukalloc', 'ukplat', 'nolibc'],
  include: [],
  sources: { common: ['src/virtio_blk.c'] },
  exports: [],
});
