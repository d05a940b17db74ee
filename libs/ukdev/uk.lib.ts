import { defineLibrary } from '@ukraft/nx';

/**
 * The device model (uk/dev.h): devices found by bus enumerators, drivers
 * that claim them by id, and the registry binding the two on first use.
 * Bus and driver libraries register themselves in linker sections, so an
 * app picks its drivers by selecting their libraries. uk/dev_io.h has the
 * register accessors (MMIO, x86 ports) and DMA barriers drivers share.
 */
export default defineLibrary({
  name: 'ukdev',
  description:
    'device model: buses, drivers, binding by id, a report of what was found; register access and DMA barriers',
  license: 'BSD-3-Clause',
  requires: ['uktest', 'nolibc', 'arch-{arch}'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by apps/devtest through uktest).',
    },
  },
  sources: { common: ['src/registry.c', 'src/note.c'], when: [{ option: 'TESTS', sources: ['tests/image/dev.c'] }] },
  exports: ['uk_dev_init', 'uk_dev_add', 'uk_dev_count', 'uk_dev_get', 'uk_dev_note', 'uk_dev_print'],
});
