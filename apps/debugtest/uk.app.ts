import { defineApp } from '@ukraft/nx';

/**
 * A program for the debugger tests (test/e2e/debug.test.ts): a local, a
 * global and a call to step into, with known values; prints what it
 * computed so the test sees the debugged run end normally.
 */
export default defineApp({
  name: 'debugtest',
  description: 'A local, a global and a call with known values, for the gdb tests of the debug target',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'kvm-arm64', 'linuxu-arm64'],
  run: { memory: '64M', args: ['one'] },
});
