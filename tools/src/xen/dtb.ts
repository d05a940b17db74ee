/**
 * The device tree for booting Xen on QEMU's arm64 virt machine: QEMU's
 * own tree for the machine (`-machine dumpdtb`), with the Xen boot
 * information added under /chosen: Xen's command line and either a dom0
 * kernel module or a dom0less domain (`xen,domain`) with its own kernel
 * module, memory and vpl011 console. The modules' bytes are loaded by
 * QEMU's generic loader at the addresses named here. Uses dtc.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { findTool } from '../toolchain/tools';
import { UkError } from '../util/errors';

/** QEMU's machine for Xen on arm64: virt with EL2 and GICv3 (Xen's vGIC needs v3 here). */
export const XEN_ARM64_MACHINE = 'virt,virtualization=on,gic-version=3';

export interface XenArmBoot {
  /** QEMU -M value and CPU, shared by the dump and the boot. */
  machine: string;
  cpu: string;
  /** QEMU -m (MiB). */
  ramMiB: number;
  xenArgs: string;
  /** The guest: an arm64 Image, where to load it, its command line. */
  kernel: { file: string; addr: number; size: number; args: string };
  /**
   * The guest's initrd (an app's archive, or a Linux dom0's initramfs), loaded at addr: a
   * "multiboot,ramdisk" module beside the kernel's (Xen names it in the guest's /chosen).
   */
  ramdisk?: { addr: number; size: number };
  /** dom0 (the image is dom0) or a dom0less domU with this much memory (MiB). */
  as: { kind: 'dom0' } | { kind: 'domU'; memoryMiB: number };
}

function run(cmd: string, args: string[], input?: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new UkError(`${cmd} ${args.join(' ')} failed:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

const hex = (n: number) => `0x${n.toString(16)}`;
const cells = (n: number) => `${hex(Math.floor(n / 2 ** 32))} ${hex(n % 2 ** 32)}`;
const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The /chosen additions, in dts syntax. */
export function chosenNodes(b: XenArmBoot): string {
  const module = [
    `module@${b.kernel.addr.toString(16)} {`,
    `  compatible = "multiboot,kernel", "multiboot,module";`,
    `  reg = <${cells(b.kernel.addr)} ${cells(b.kernel.size)}>;`,
    `  bootargs = ${quote(b.kernel.args)};`,
    `};`,
    ...(b.ramdisk
      ? [
          `module@${b.ramdisk.addr.toString(16)} {`,
          `  compatible = "multiboot,ramdisk", "multiboot,module";`,
          `  reg = <${cells(b.ramdisk.addr)} ${cells(b.ramdisk.size)}>;`,
          `};`,
        ]
      : []),
  ];
  const body =
    b.as.kind === 'dom0'
      ? module
      : [
          'domU1 {',
          '  compatible = "xen,domain";',
          '  #address-cells = <2>;',
          '  #size-cells = <2>;',
          `  memory = <${cells(b.as.memoryMiB * 1024)}>;`,
          '  cpus = <1>;',
          '  vpl011;',
          ...module.map((l) => `  ${l}`),
          '};',
        ];
  return [
    '/ { chosen {',
    '#address-cells = <2>;',
    '#size-cells = <2>;',
    `xen,xen-bootargs = ${quote(b.xenArgs)};`,
    ...body,
    '}; };',
  ].join('\n');
}

/** Write the device tree for b to out (a .dtb file). */
export function writeXenArmDtb(b: XenArmBoot, out: string): void {
  const qemu = findTool('qemu-system-aarch64');
  const dtc = findTool('dtc');
  run(qemu, ['-M', `${b.machine},dumpdtb=${out}`, '-cpu', b.cpu, '-m', String(b.ramMiB), '-nographic', '-nodefaults']);
  const dts = run(dtc, ['-q', '-I', 'dtb', '-O', 'dts', out]);
  // A second root node merges into the first in dts syntax.
  writeFileSync(`${out}.dts`, `${dts}\n${chosenNodes(b)}\n`);
  run(dtc, ['-q', '-I', 'dts', '-O', 'dtb', '-o', out, `${out}.dts`]);
  readFileSync(out);
}
