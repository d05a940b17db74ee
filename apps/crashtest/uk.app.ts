import { defineApp } from '@ukraft/nx';

/**
 * Breaks one hardening rule, chosen by its argument, and must be stopped:
 * every case ends the image with the crash status and a dump that names
 * what was violated (docs/security.md; test/e2e/hardening.test.ts).
 */
export default defineApp({
  name: 'crashtest',
  description:
    'Breaks one memory-protection rule per run (write-text, write-rodata, exec-data, exec-stack, exec-heap, smash, thread-overflow) to prove it is caught',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'uksched'],
  sources: ['main.c', 'cases.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'xen-x86_64', 'kvm-arm64', 'linuxu-arm64', 'xen-arm64'],
  run: { memory: '64M', args: ['smash'] },
});
