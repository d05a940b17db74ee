/**
 * kvm-arm64: an ELF linked at 0x40200000 for QEMU virt (`-kernel`),
 * entered at EL1 or EL2, plus the same bytes as an arm64 Linux `Image`
 * beside it. PSCI power-off makes QEMU exit 0 whatever main returned, so
 * `nx run` boots with semihosting (ukplat.semihosting=1) to make QEMU's
 * exit code main's status; by hand, read the last line
 * (`ukraft: main returned <n>` / `ukraft: crashed, status <n>`, see docs/run.md).
 */
import { findTool } from '../toolchain/tools';
import { writeArm64Image } from './arm64-image';
import { type TargetSpec, diskArgs, userNetArgs } from './types';
import { guestCmdline } from '../util/words';

export const kvmArm64: TargetSpec = {
  name: 'kvm-arm64',
  imageStep: async (req) => [await writeArm64Image(req.cwd, req.debugImage, req.image)],
  boot: (image, o) => ({
    cmd: findTool('qemu-system-aarch64'),
    args: [
      '-M',
      o.machine ?? 'virt',
      '-cpu',
      'cortex-a57',
      '-m',
      o.memory,
      '-nodefaults',
      '-no-user-config',
      '-nographic',
      '-serial',
      'stdio',
      '-no-reboot',
      '-semihosting-config',
      'enable=on,target=native',
      '-kernel',
      // QEMU loads an initrd (and names it in /chosen) only for a Linux
      // kernel, so with one the same bytes boot as the arm64 Image.
      o.initrd ? `${image}.Image` : image,
      '-append',
      guestCmdline(['ukplat.semihosting=1', ...o.args]),
      ...(o.initrd ? ['-initrd', o.initrd] : []),
      ...userNetArgs(o.forward, 'virtio-net-pci'),
      ...diskArgs(o.disk, 'virtio-blk-pci'),
    ],
    // Semihosting SYS_EXIT_EXTENDED: QEMU exits with main's status.
  }),
};
