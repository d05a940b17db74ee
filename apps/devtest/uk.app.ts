import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'devtest',
  description:
    'Runs the device layer in-image tests (ukdev, ukpci, ukvirtio, uknetdev) and prints every device found, its bus address, registers, transport and interrupt route',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'uktest', 'ukdev', 'uknetdev', 'ukalloctlsf', 'netdev-driver'],
  sources: ['main.c'],
  targets: ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64'],
  run: { memory: '64M', args: [] },
});
