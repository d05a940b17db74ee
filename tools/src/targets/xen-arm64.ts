/**
 * xen-arm64: an arm64 `Image` (a static PIE that relocates itself where
 * Xen loads it) plus an `xl` config beside it. Booted with `xl create -c`
 * on a Xen host, otherwise as dom0 of Debian's Xen 4.17 arm64 under
 * `qemu-system-aarch64 -M virt,virtualization=on,gic-version=3` (TCG),
 * from a device tree written for the boot (see ../xen/dtb.ts); a server
 * with a vif runs as a domU of the arm64 Linux dom0 instead (domu-run.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { findTool } from '../toolchain/tools';
import { XEN_ARM64_MACHINE, writeXenArmDtb, type XenArmBoot } from '../xen/dtb';
import { xenHypervisor } from '../xen/hypervisor';
import { memoryMiB, writeXlConfig } from '../xen/xlcfg';
import { writeArm64Image } from './arm64-image';
import type { BootOptions, TargetSpec } from './types';
import { guestCmdline } from '../util/words';
import { xlAvailable, xlBoot, xlBootDefaults } from './xen-x86_64';
import { domuRunBoot, hasVif } from './domu-run';

/** Where QEMU's generic loader puts the guest Image (512 MiB into RAM, clear of the Xen image and the DTB QEMU places after it). */
export const XEN_ARM64_KERNEL_ADDR = 0x60000000;
/** Where it puts the initrd: 256 MiB above the Image, below Xen, which relocates itself to the top of RAM. */
export const XEN_ARM64_INITRD_ADDR = 0x70000000;

/** The QEMU command that boots Image under Xen, as dom0 or as a dom0less domU. */
export function xenArm64QemuArgs(
  xen: string,
  image: string,
  o: BootOptions,
  as: XenArmBoot['as'] = { kind: 'dom0' },
  /** Where the boot's device tree goes: a folder of this boot alone (default: a fresh one). */
  dtbDir = mkdtempSync(join(tmpdir(), 'ukraft-xen-arm64-')),
): string[] {
  const mem = memoryMiB(o.memory);
  const boot: XenArmBoot = {
    machine: XEN_ARM64_MACHINE,
    cpu: 'cortex-a57',
    ramMiB: 1024,
    xenArgs: `console=dtuart dtuart=/pl011@9000000 dom0_mem=${mem}M dom0_max_vcpus=1 guest_loglvl=all`,
    kernel: { file: image, addr: XEN_ARM64_KERNEL_ADDR, size: statSync(image).size, args: guestCmdline(o.args) },
    ...(o.initrd ? { ramdisk: { addr: XEN_ARM64_INITRD_ADDR, size: statSync(o.initrd).size } } : {}),
    as,
  };
  const dtb = join(dtbDir, 'xen.dtb');
  writeXenArmDtb(boot, dtb);
  return [
    '-M',
    boot.machine,
    '-cpu',
    boot.cpu,
    '-m',
    String(boot.ramMiB),
    '-nodefaults',
    '-no-user-config',
    '-nographic',
    '-serial',
    'stdio',
    '-no-reboot',
    '-kernel',
    xen,
    '-dtb',
    dtb,
    '-device',
    `loader,file=${image},addr=0x${XEN_ARM64_KERNEL_ADDR.toString(16)},force-raw=on`,
    ...(o.initrd
      ? [
          '-device',
          `loader,file=${o.initrd.replace(/,/g, ',,')},addr=0x${XEN_ARM64_INITRD_ADDR.toString(16)},force-raw=on`,
        ]
      : []),
  ];
}

export const xenArm64: TargetSpec = {
  name: 'xen-arm64',
  bootDefaultsInImage: true,
  imageStep: async (req) => {
    const image = await writeArm64Image(req.cwd, req.debugImage, req.image);
    return [
      image,
      writeXlConfig(req.cwd, req.image, {
        ...xlBootDefaults(req),
        vcpus: 1,
        kernel: `${req.image}.Image`,
        vif: req.vif === true,
        ramdisk: req.initrd === true,
      }),
    ];
  },
  boot: (image, o) => {
    if (xlAvailable()) return xlBoot(`${image}.Image`, o, `${image}.xl.cfg`);
    const root = o.workspaceRoot ?? process.cwd();
    // A server (the app forwards a port) with a vif: a domU in the arm64 Linux dom0 that curls it.
    if (o.forward?.length && hasVif(image)) return domuRunBoot(root, image, o, 'arm64');
    // Each boot its own device tree folder: two boots at once share no file.
    const dtbDir = mkdtempSync(join(tmpdir(), 'ukraft-xen-arm64-'));
    return {
      cmd: findTool('qemu-system-aarch64'),
      args: xenArm64QemuArgs(xenHypervisor(root, 'arm64'), `${image}.Image`, o, { kind: 'dom0' }, dtbDir),
      cleanup: () => rmSync(dtbDir, { recursive: true, force: true }),
      // Xen powers the machine off whatever main returned: the last line tells.
    };
  },
};
