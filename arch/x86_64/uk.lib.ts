import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'arch-x86_64',
  kind: 'arch',
  description:
    'x86_64 CPU primitives: control registers, MSRs, port I/O, interrupt flag, the saved-register layout of traps',
  license: 'BSD-3-Clause',
  archs: ['x86_64'],
  requires: [],
  // Header-only: everything is static inline or a macro.
  sources: { common: [] },
  exports: [],
});
