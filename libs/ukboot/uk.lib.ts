import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'ukboot',
  description:
    "boot sequence: heap (the image's allocator) on the largest region, argv, boot-time inits (uk/init.h), main(), shutdown with its status",
  license: 'BSD-3-Clause',
  requires: ['ukalloc', 'allocator', 'scheduler', 'ukargparse', 'ukdebug', 'nolibc', 'ukplat'],
  options: {
    MAXARGS: {
      type: 'int',
      default: 64,
      range: [1, 256],
      help: 'Most entries of argv built from a kernel command line, argv[0] included.',
    },
    ARGV0: {
      type: 'string',
      default: 'ukraft',
      help: 'argv[0] when the arguments come from a kernel command line.',
    },
  },
  sources: { common: ['src/boot.c', 'src/init.c'] },
  exports: ['ukplat_entry', 'uk_boot_run_inits', 'uk_boot_info', 'uk_boot_argv'],
});
