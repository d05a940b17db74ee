import { defineApp } from '@ukraft/nx';

/**
 * A CPU-bound program for the profiler (test/e2e/profile.test.ts,
 * bench/prof.mjs): it spends its time in proftest_spin(), a busy loop
 * that is never inlined, for the seconds given as its argument (default
 * 2), then prints how many rounds it did.
 */
export default defineApp({
  name: 'proftest',
  description: 'A busy loop in a known function for a given time, for the sampling profiler',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'kvm-arm64', 'linuxu-arm64'],
  run: { memory: '64M', args: ['2'] },
  profile: true,
});
