import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'selftest',
  description: 'Runs the in-image tests of its libraries (uktest); one line per test and "N passed, M failed"',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'ukargparse', 'ukalloctlsf', 'uktest'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'xen-x86_64', 'kvm-arm64', 'linuxu-arm64', 'xen-arm64'],
  run: { memory: '64M', args: [] },
  // `nx run selftest:profile -c kvm-x86_64` (docs/debugging.md).
  profile: true,
});
