import { defineLibrary } from '@ukraft/nx';

/**
 * virtio (uk/virtio.h, uk/virtqueue.h): split virtqueues, device
 * initialisation, and the transports: PCI (modern 1.0 through its
 * capabilities, legacy 0.9.5 through I/O BAR 0; MSI-X or INTx) and MMIO
 * (v2 and legacy v1; from the device tree, the ACPI DSDT (QEMU microvm)
 * or virtio_mmio.device= command-line entries). Each virtio device is a
 * ukdev device of its virtio type, for drivers such as virtio-net.
 */
export default defineLibrary({
  name: 'ukvirtio',
  description: 'virtio: split virtqueues, feature negotiation, PCI (modern and legacy) and MMIO (v1, v2) transports',
  license: 'BSD-3-Clause',
  plats: ['kvm'],
  requires: [
    'uktest',
    'ukdev',
    'ukpci',
    'ukalloc',
    'ukplat',
    'nolibc',
    { name: 'ukfdt', if: 'arch == arm64' },
    { name: 'ukintctlr-gic', if: 'arch == arm64' },
  ],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by apps/devtest through uktest).',
    },
  },
  sources: {
    common: ['src/virtqueue.c', 'src/virtio.c', 'src/pci.c', 'src/pci_modern.c', 'src/pci_legacy.c', 'src/mmio.c'],
    arch: { x86_64: ['src/mmio_acpi.c'] },
    when: [{ option: 'TESTS', sources: ['tests/image/virtqueue.c'] }],
  },
  exports: [
    'uk_virtqueue_ring_size',
    'uk_virtqueue_create',
    'uk_virtqueue_destroy',
    'uk_virtqueue_desc_addr',
    'uk_virtqueue_avail_addr',
    'uk_virtqueue_used_addr',
    'uk_virtqueue_add',
    'uk_virtqueue_kick',
    'uk_virtqueue_get',
    'uk_virtqueue_has_used',
    'uk_virtqueue_intr_disable',
    'uk_virtqueue_intr_enable',
    'uk_virtio_negotiate',
    'uk_virtio_config_read',
    'uk_virtio_vq_setup',
    'uk_virtio_irq_setup',
    'uk_virtio_driver_ok',
    'uk_virtio_fail',
    'uk_virtio_dev_add',
  ],
});
