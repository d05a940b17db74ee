import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'helloworld',
  description: 'Prints "Hello world!" and then each argument it was given',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'xen-x86_64', 'kvm-arm64', 'linuxu-arm64', 'xen-arm64'],
  run: { memory: '64M', args: ['one', 'two'] },
});
