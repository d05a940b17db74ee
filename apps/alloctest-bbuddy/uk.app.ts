import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'alloctest-bbuddy',
  description:
    "In-image tests of ukalloc and ukallocbbuddy, the image's allocator, with 1,000,000 random operations on the heap",
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'uktest', 'ukallocbbuddy'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'linuxu-arm64', 'kvm-arm64'],
  run: { memory: '64M', args: [] },
});
