/**
 * linuxu-x86_64: a static, non-PIE Linux executable (lld's default layout);
 * it runs as a process and its exit status is main's.
 */
import type { TargetSpec } from './types';

export const linuxuX86_64: TargetSpec = {
  name: 'linuxu-x86_64',
  // The initrd is a file the process maps (plat/linuxu/common/initrd.c).
  boot: (image, o) => ({
    cmd: image,
    args: [...o.args],
    ...(o.initrd ? { env: { UK_INITRD: o.initrd } } : {}),
  }),
};
