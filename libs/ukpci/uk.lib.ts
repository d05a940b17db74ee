import { defineLibrary } from '@ukraft/nx';

/**
 * PCI (uk/pci.h): the bus enumerator of the device layer (ukdev). On
 * kvm-x86_64 configuration space through ECAM (ACPI MCFG) or the
 * 0xcf8/0xcfc ports, with the firmware's BARs and INTx routes; on
 * kvm-arm64 through the device tree's ECAM host bridge, assigning BARs
 * from its windows and routing INTx through its interrupt-map. MSI-X
 * where the platform takes messages (x86_64).
 */
export default defineLibrary({
  name: 'ukpci',
  description:
    'PCI enumeration (ports, ECAM via ACPI MCFG or the device tree), BAR sizing and assignment, capabilities, INTx and MSI-X',
  license: 'BSD-3-Clause',
  plats: ['kvm'],
  requires: [
    'uktest',
    'ukdev',
    'ukalloc',
    'ukplat',
    'nolibc',
    'arch-{arch}',
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
    common: ['src/cfg.c', 'src/bar.c', 'src/scan.c', 'src/msix.c'],
    arch: {
      x86_64: ['src/host_x86.c'],
      arm64: ['src/host_fdt.c'],
    },
    when: [{ option: 'TESTS', sources: ['tests/image/pci.c'] }],
  },
  exports: [
    'uk_pci_read8',
    'uk_pci_read16',
    'uk_pci_read32',
    'uk_pci_write8',
    'uk_pci_write16',
    'uk_pci_write32',
    'uk_pci_find_cap',
    'uk_pci_enable',
    'uk_pci_bar_map',
    'uk_pci_msix_setup',
    'uk_pci_msix_mask',
  ],
});
