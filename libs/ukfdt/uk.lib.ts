import { defineLibrary } from '@ukraft/nx';

/**
 * A small, bounds-checked reader of flattened device trees (DTB), as the
 * boot loader or QEMU hands them to arm64 kernels. Needs nothing but the
 * compiler's freestanding headers, so it also builds for the host (see
 * test/unit/ukfdt.test.ts).
 */
export default defineLibrary({
  name: 'ukfdt',
  description:
    'flattened device tree reader: header check, node walk, paths, properties, compatible, reg, memory, bootargs, initrd',
  license: 'BSD-3-Clause',
  requires: [],
  sources: {
    common: [
      'src/check.c',
      'src/token.c',
      'src/node.c',
      'src/path.c',
      'src/prop.c',
      'src/compat.c',
      'src/reg.c',
      'src/memory.c',
      'src/initrd.c',
      'src/strerror.c',
    ],
  },
  exports: [
    'uk_fdt_check',
    'uk_fdt_totalsize',
    'uk_fdt_strerror',
    'uk_fdt_next_node',
    'uk_fdt_first_child',
    'uk_fdt_next_sibling',
    'uk_fdt_parent',
    'uk_fdt_node_name',
    'uk_fdt_subnode',
    'uk_fdt_path_offset',
    'uk_fdt_getprop',
    'uk_fdt_prop_string',
    'uk_fdt_prop_u32',
    'uk_fdt_prop_cell',
    'uk_fdt_node_compatible',
    'uk_fdt_find_compatible',
    'uk_fdt_cells',
    'uk_fdt_reg',
    'uk_fdt_memory',
    'uk_fdt_bootargs',
    'uk_fdt_initrd',
  ],
});
