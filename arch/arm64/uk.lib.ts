import { defineLibrary } from '@ukraft/nx';

export default defineLibrary({
  name: 'arch-arm64',
  kind: 'arch',
  description:
    'arm64 (AArch64) CPU primitives: barriers, system registers, interrupt masks, wfi, architectural constants, the saved-register layout of traps',
  license: 'BSD-3-Clause',
  archs: ['arm64'],
  // Every arm64 platform is handed a device tree at boot: the reader comes
  // along with the architecture (and so never into an x86_64 image).
  requires: ['ukfdt'],
  // Header-only: everything is static inline or a macro.
  sources: { common: [] },
  exports: [],
});
