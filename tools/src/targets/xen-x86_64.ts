/**
 * xen-x86_64: a 64-bit PV kernel (ELF with Xen notes) plus an `xl`
 * config beside it. Booted with `xl create -c` on a Xen host, otherwise
 * as dom0 of Debian's Xen 4.17 under QEMU (TCG), fetched on first use.
 */
import { spawnSync } from 'node:child_process';
import { domuRunBoot, hasVif } from './domu-run';
import { findTool } from '../toolchain/tools';
import { xenHypervisor } from '../xen/hypervisor';
import { memoryMiB, writeXlConfig } from '../xen/xlcfg';
import type { BootCommand, BootOptions, ImageStepRequest, TargetSpec } from './types';
import { guestCmdline } from '../util/words';

/**
 * The .xl.cfg's memory and extra= line: the manifest's run defaults, which
 * the link passes to targets with bootDefaultsInImage (the schema's own
 * defaults stand in only when a caller gives none).
 */
export function xlBootDefaults(req: ImageStepRequest): { memory: string; args: readonly string[] } {
  return { memory: req.memory ?? '64M', args: req.args ?? [] };
}

/** True on a Xen host where this user may run xl (dom0 with the toolstack up). */
export function xlAvailable(): boolean {
  try {
    findTool('xl');
  } catch {
    return false;
  }
  return spawnSync('xl', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
}

/** `xl create -c` with the config the build wrote; kernel and arguments given explicitly. */
export function xlBoot(image: string, o: BootOptions, cfg = `${image}.xl.cfg`): BootCommand {
  return {
    cmd: 'xl',
    args: [
      'create',
      '-c',
      cfg,
      `kernel="${image}"`,
      `extra="${guestCmdline(o.args).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
      `memory=${memoryMiB(o.memory)}`,
      ...(o.initrd ? [`ramdisk="${o.initrd.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`] : []),
    ],
  };
}

/** Xen's options for a one-domain boot under QEMU with the image as dom0. */
export function xenX86QemuArgs(xen: string, image: string, o: BootOptions): string[] {
  // QEMU splits -initrd at commas ("a,b" = two modules); ",," is a literal comma.
  const module = `${image} ${guestCmdline(o.args)}`.trim().replace(/,/g, ',,');
  // The second module is dom0's initrd: start_info's mod_start.
  const initrd = o.initrd ? `,${o.initrd.replace(/,/g, ',,')}` : '';
  return [
    '-M',
    o.machine ?? 'pc',
    '-accel',
    'tcg',
    '-cpu',
    'max',
    '-m',
    '512',
    '-nodefaults',
    '-no-user-config',
    '-nographic',
    '-serial',
    'stdio',
    '-no-reboot',
    '-device',
    'isa-debug-exit,iobase=0xf4,iosize=4',
    '-kernel',
    xen,
    '-append',
    `console=com1 com1=115200,8n1 dom0_mem=${memoryMiB(o.memory)}M dom0_max_vcpus=1`,
    '-initrd',
    module + initrd,
  ];
}

export const xenX86_64: TargetSpec = {
  name: 'xen-x86_64',
  bootDefaultsInImage: true,
  imageStep: async (req) => [
    writeXlConfig(req.cwd, req.image, {
      ...xlBootDefaults(req),
      vcpus: 1,
      type: 'pv',
      vif: req.vif === true,
      ramdisk: req.initrd === true,
    }),
  ],
  boot: (image, o) => {
    if (xlAvailable()) return xlBoot(image, o);
    const root = o.workspaceRoot ?? process.cwd();
    // A server (the app forwards a port) with a vif: a domU in a Linux dom0 that curls it.
    if (o.forward?.length && hasVif(image)) return domuRunBoot(root, image, o, 'x86_64');
    return {
      cmd: findTool('qemu-system-x86_64'),
      args: xenX86QemuArgs(xenHypervisor(root, 'x86_64'), image, o),
      // dom0 writes main's status to isa-debug-exit: QEMU exits (v << 1) | 1.
    };
  },
};
