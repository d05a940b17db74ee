import { defineLibrary } from '@ukraft/nx';

/**
 * initrd: a bounds-checked cpio newc reader (src/cpio.c, portable, host
 * tested by tests/host.c) and its unpacking into the file tree, at boot
 * from the platform's initrd (QEMU -initrd). docs/storage.md.
 */
export default defineLibrary({
  name: 'initrd',
  description: 'cpio newc reader and unpacker; the boot initrd (QEMU -initrd) unpacked into / before main',
  license: 'BSD-3-Clause',
  requires: ['vfs', 'ramfs', 'nolibc', 'ukboot', 'ukdebug', 'ukplat', 'uktest'],
  options: {
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (uk_initrd_unpack into the VFS; run through uktest).',
    },
    BOOT: {
      type: 'bool',
      default: true,
      help: 'Unpack the initrd the platform hands over (QEMU -initrd, linuxu UK_INITRD) into / at boot, before main. Off leaves out src/unpack.c, so uk_initrd_unpack() too (snapfs needs it); the cpio reader stays.',
    },
  },
  sources: {
    common: ['src/cpio.c'],
    when: [
      { option: 'BOOT', sources: ['src/unpack.c'] },
      { option: 'TESTS', sources: ['tests/image/unpack.c'] },
    ],
  },
  exports: ['uk_cpio_next', 'uk_cpio_strerror', 'uk_initrd_unpack'],
});
