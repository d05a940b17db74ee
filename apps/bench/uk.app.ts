import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'bench',
  description: 'In-image micro-benchmarks: thread switch time, semaphore ping-pong, allocator throughput on the heap',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'uksched', 'uklock'],
  sources: ['main.c', 'switch.c', 'alloc.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64'],
  run: { memory: '64M', args: [] },
});
