import { defineLibrary } from '@ukraft/nx';

/**
 * The platform API every platform implements (console, shutdown, crash)
 * and the boot hand-over (struct ukplat_bootinfo, ukplat_entry). Headers only.
 */
export default defineLibrary({
  name: 'ukplat',
  description: 'platform API headers: console, memory regions, shutdown, boot hand-over',
  license: 'BSD-3-Clause',
  sources: { common: [] },
});
