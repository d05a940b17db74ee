import { defineApp } from '@ukraft/nx';

export default defineApp({
  name: 'xentest',
  description:
    'Xen PV plumbing tests: xenbus and grant-table in-image tests, and (suite xen_domu) checks a domU runs with a dom0 that answers them (docs/xen.md)',
  license: 'BSD-3-Clause',
  libraries: ['ukboot', 'nolibc', 'ukdebug', 'ukargparse', 'ukalloctlsf', 'uktest', 'xengnttab'],
  sources: ['main.c', 'domu.c'],
  targets: ['xen-x86_64', 'xen-arm64'],
  run: { memory: '64M', args: [] },
});
