import { defineLibrary } from '@ukraft/nx';

/**
 * The virtio network device as a uk/netdev.h device, on any virtio
 * transport (PCI modern or legacy, MMIO v1 or v2): one receive and one
 * transmit queue, queue interrupts (MSI-X, INTx or the MMIO line) or
 * polling. An app selects it as a library; the device layer binds it.
 */
export default defineLibrary({
  name: 'virtio-net',
  description: 'virtio-net driver for uknetdev: one queue pair, interrupt or polling mode, no offloads',
  license: 'BSD-3-Clause',
  plats: ['kvm'],
  // The target picks the driver: the app names the capability (config/solve.ts).
  provides: ['netdev-driver'],
  requires: ['uknetdev', 'ukvirtio', 'ukdev', 'ukalloc', 'ukplat', 'nolibc'],
  include: [],
  sources: { common: ['src/virtio_net.c'] },
  exports: [],
});
