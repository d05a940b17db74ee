/**
 * `nx run <app>:run -c xen-x86_64` (or xen-arm64) for an image with a
 * network driver on a machine that is not a Xen host: Xen 4.17 in QEMU
 * with the Linux dom0 of that architecture (dom0.ts), where the image
 * runs as a domU (PV on x86_64) that `xl create -c` starts from the
 * config the build wrote (its vif line as it is; the kernel path and the
 * command line given on xl's command line). The
 * dom0 curls the domU's first forwarded port through netback and br0
 * until it answers, prints the response, then asks the domain to shut
 * down (`xl shutdown`, which the guest's front ends answer by closing)
 * and powers off. The domU's address is on br0's link-local net.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BootCommand, BootOptions } from './types';
import { findTool } from '../toolchain/tools';
import { guestCmdline } from '../util/words';
import { linuxDom0, linuxDom0Arm64, linuxDom0Arm64QemuArgs, linuxDom0QemuArgs, writeDom0Initrd } from '../xen/dom0';
import { xenHypervisor, type XenArch } from '../xen/hypervisor';

/** The domU's address on the dom0's bridge br0 (169.254.1.1/16). */
export const DOMU_IP = '169.254.1.2';
/** Network arguments for httpd-app-style images (uk_net_conf_arg()). */
export const DOMU_NET_ARGS = [`ip=${DOMU_IP}`, 'mask=255.255.0.0', 'gw=169.254.1.1'];

/** A shell single-quoted word. */
function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The dom0 script: start the domU (config name.xl.cfg, kernel /test/kernel), curl it, print the answer, shut it down. */
export function domuRunScript(name: string, kernel: string, extra: string, port: number, waitS = 120): string {
  const url = `http://${DOMU_IP}:${port}/`;
  const tries = waitS * 2;
  const xlExtra = `extra="${extra.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return [
    'client() {',
    `  for i in $(seq ${tries}); do`,
    `    curl -s -m 2 -o /dev/null ${url} && break`,
    `    xl domid ${name} >/dev/null 2>&1 || return`,
    '    sleep 0.5',
    '  done',
    `  echo "ukraft-dom0: curl -si ${url}"`,
    `  curl -si -m 10 ${url} | tr -d '\\r'; echo`,
    // xl shutdown: the guest closes its vif with netback; destroy if it does not go in 20 s.
    `  timeout 20 xl shutdown -w ${name} >/dev/null 2>&1 || xl destroy ${name}`,
    '}',
    'client &',
    `xl create -c ${name}.xl.cfg ${sq(`kernel="/test/${kernel}"`)} ${sq(xlExtra)}`,
    'wait',
  ].join('\n');
}

/** True if the build wrote a vif line into the image's xl config (the image has a network driver). */
export function hasVif(image: string): boolean {
  const cfg = `${image}.xl.cfg`;
  return existsSync(cfg) && /^vif = /m.test(readFileSync(cfg, 'utf8'));
}

/** The boot: QEMU with Xen, the Linux dom0 and the domU's files in its initrd. */
export function domuRunBoot(root: string, image: string, o: BootOptions, arch: XenArch): BootCommand {
  const port = o.forward![0]!.guest;
  const name = basename(image);
  // arm64 guests boot the Image beside the ELF (the xl config names it).
  const kernelFile = arch === 'arm64' ? `${image}.Image` : image;
  const kernelName = basename(kernelFile);
  const { kernel, initramfs } = arch === 'arm64' ? linuxDom0Arm64(root) : linuxDom0(root);
  const tmp = mkdtempSync(join(tmpdir(), 'ukraft-xen-domu-'));
  const initrd = join(tmp, 'initrd.gz');
  const files = new Map([
    [kernelName, readFileSync(kernelFile)],
    [`${name}.xl.cfg`, readFileSync(`${image}.xl.cfg`)],
  ]);
  // The config's ramdisk = line names the app's initrd beside it.
  if (existsSync(`${image}.initrd.cpio`)) files.set(`${name}.initrd.cpio`, readFileSync(`${image}.initrd.cpio`));
  const extra = guestCmdline([...o.args, ...DOMU_NET_ARGS]);
  writeDom0Initrd(initrd, initramfs, files, domuRunScript(name, kernelName, extra, port));
  const xen = xenHypervisor(root, arch);
  return {
    cmd: findTool(arch === 'arm64' ? 'qemu-system-aarch64' : 'qemu-system-x86_64'),
    args: arch === 'arm64' ? linuxDom0Arm64QemuArgs(xen, kernel, initrd, tmp) : linuxDom0QemuArgs(xen, kernel, initrd),
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
    // Nothing to type, and terminal input reaching Xen's console kept the dom0 from powering off.
    stdin: 'ignore',
  };
}
