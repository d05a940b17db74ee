import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'lua-app',
  description:
    'The Lua 5.4 interpreter (liblua): -e, scripts, "-" from the console, the REPL; os.exit(n) is the status',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'ukalloctlsf', 'libm', 'liblua'],
  sources: ['main.c'],
  targets: ['linuxu-x86_64', 'kvm-x86_64', 'xen-x86_64', 'kvm-arm64', 'linuxu-arm64', 'xen-arm64'],
  run: { memory: '128M', args: [] },
});
