import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'cdiff-app',
  description:
    'Prints one line per C11 library check (printf, scanf, strto*, string, ctype, stdlib, time, math); test/e2e/c-diff.test.ts compares them with glibc',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukalloctlsf', 'libm'],
  sources: [
    'main.c',
    'out.c',
    'c_printf.c',
    'c_scanf.c',
    'c_strto.c',
    'c_string.c',
    'c_ctype.c',
    'c_stdlib.c',
    'c_time.c',
    'c_math.c',
    'c_locale.c',
    'c_sweep.c',
  ],
  targets: ['linuxu-x86_64', 'kvm-x86_64'],
  run: { memory: '64M', args: [] },
});
