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
  options: {
    STACK_PROTECTOR: {
      type: 'bool',
      default: true,
      help: 'Compile every library and the app of the image with -fstack-protector-strong (a random canary per boot; a smashed stack prints "stack smashing detected" and ends with the crash status). Off only to measure its cost (docs/security.md).',
    },
  },
});
