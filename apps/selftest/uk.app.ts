import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'selftest',
  description: 'In-image checks of the core libraries; prints one line per test and "N passed, M failed"',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'ukargparse', 'ukallocregion'],
  sources: ['main.c', 'harness.c', 'test_printf.c', 'test_strtol.c', 'test_string.c', 'test_alloc.c', 'test_argparse.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'xen-x86_64', 'kvm-arm64', 'linuxu-arm64'],
  run: { memory: '64M', args: [] },
});
