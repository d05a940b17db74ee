/**
 * linuxu-arm64: a static, non-PIE arm64 Linux executable (lld's default
 * layout). On an x86_64 host it runs under qemu-aarch64 (user-mode
 * emulation, Debian's qemu-user); either way its exit status is main's.
 */
import { findTool } from '../toolchain/tools';
import type { TargetSpec } from './types';

export const linuxuArm64: TargetSpec = {
  name: 'linuxu-arm64',
  // The initrd is a file the process maps (UK_INITRD; qemu-aarch64 passes the environment on).
  boot: (image, o) => ({
    ...(process.arch === 'arm64'
      ? { cmd: image, args: [...o.args] }
      : { cmd: findTool('qemu-aarch64'), args: [image, ...o.args] }),
    ...(o.initrd ? { env: { UK_INITRD: o.initrd } } : {}),
  }),
};
