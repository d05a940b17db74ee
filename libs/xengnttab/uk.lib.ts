import { defineLibrary } from '@ukraft/nx';

/**
 * Xen grant tables (uk/gnttab.h): v1 entries, a free list of
 * references, grant / end access, and mapping pages others granted us.
 * x86_64 PV sets the table up with GNTTABOP_setup_table (plat-xen maps
 * the frames); arm64 with XENMEM_add_to_physmap into the grant-table
 * region plat-xen names.
 */
export default defineLibrary({
  name: 'xengnttab',
  description:
    'Xen grant tables: grant and end access to our pages (v1 entries, a free list of references), map foreign grants',
  license: 'BSD-3-Clause',
  plats: ['xen'],
  requires: ['nolibc', 'plat-xen', 'uktest'],
  options: {
    FRAMES: {
      type: 'int',
      default: 4,
      range: [1, 32],
      help: 'Grant-table frames to set up (512 references each; Xen caps it at the domain max_grant_frames).',
    },
    TESTS: {
      type: 'bool',
      default: false,
      help: 'Compile the in-image tests in tests/image/ (run by a test app through uktest).',
    },
  },
  sources: {
    common: ['src/grant.c'],
    arch: { x86_64: ['src/x86_64.c'], arm64: ['src/arm64.c'] },
    when: [{ option: 'TESTS', sources: ['tests/image/gnttab.c'] }],
  },
  exports: [
    'uk_gnttab_init',
    'uk_gnttab_grant',
    'uk_gnttab_grant_page',
    'uk_gnttab_end',
    'uk_gnttab_flags',
    'uk_gnttab_capacity',
    'uk_gnttab_free_count',
    'uk_gnttab_map',
    'uk_gnttab_unmap',
  ],
});
