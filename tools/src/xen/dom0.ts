/**
 * A Linux dom0 for Xen 4.17 under QEMU (TCG), for machines that are not
 * Xen hosts: Debian's kernel and a trimmed debootstrap with xl, netback,
 * the bridge br0 (169.254.1.1/16) and curl, built once by xen-dom0.sh
 * (root, about 1-2 minutes) into .cache/xen/x86_64/dom0-<script hash>/.
 * Each boot appends a second initramfs archive with files under /test
 * and a script /test/run.sh, which the dom0's /init runs before powering
 * off (QEMU runs with -no-reboot, so that ends it).
 *
 * Used by `nx run <app>:run -c xen-x86_64` for an image with a network
 * driver (the domU is started with xl and curled from dom0) and by the
 * Xen end-to-end tests (test/support/xen.ts). The arm64 dom0
 * (linuxDom0Arm64, xen-dom0-arm64.sh) does the same for xen-arm64.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { UkError } from '../util/errors';
import { XEN_ARM64_MACHINE, writeXenArmDtb } from './dtb';
import { privateApt, xenCacheDir } from './hypervisor';

/** The builder script, in the workspace (its hash names the cache folder). */
export function dom0Script(root: string): string {
  return resolve(root, 'tools/src/xen/xen-dom0.sh');
}

/** The dom0's kernel and base initramfs, built on first use. */
export function linuxDom0(root: string, timeoutS = 900): { kernel: string; initramfs: string } {
  const script = dom0Script(root);
  const tag = createHash('sha256').update(readFileSync(script)).digest('hex').slice(0, 12);
  const dir = join(xenCacheDir(root, 'x86_64'), `dom0-${tag}`);
  const kernel = join(dir, 'vmlinuz');
  const initramfs = join(dir, 'dom0.cpio.gz');
  if (!existsSync(kernel) || !existsSync(initramfs)) {
    const r = spawnSync('bash', [script, dir], { encoding: 'utf8', timeout: timeoutS * 1000 });
    if (r.status !== 0)
      throw new UkError(`building the Linux dom0 (${script}) failed:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return { kernel, initramfs };
}

/** The Debian arm64 packages the arm64 dom0 is made of (their dependencies come along). */
const DOM0_ARM64_PACKAGES = ['linux-image-arm64', 'xen-utils-4.17', 'busybox-static', 'curl', 'bash'];

/**
 * The arm64 dom0 (Debian's arm64 kernel, busybox, xl, curl), built on first
 * use by xen-dom0-arm64.sh into .cache/xen/arm64/dom0-<script hash>/ from
 * packages that apt downloads through the private configuration
 * (privateApt: the machine's sources, our own lists, and here an empty
 * dpkg status of our own, so every dependency is fetched and the
 * machine's dpkg and apt state are never read or written). No root.
 */
export function linuxDom0Arm64(root: string, timeoutS = 900): { kernel: string; initramfs: string } {
  const script = resolve(root, 'tools/src/xen/xen-dom0-arm64.sh');
  const tag = createHash('sha256').update(readFileSync(script)).update(DOM0_ARM64_PACKAGES.join(' ')).digest('hex');
  const dir = join(xenCacheDir(root, 'arm64'), `dom0-${tag.slice(0, 12)}`);
  const kernel = join(dir, 'Image');
  const initramfs = join(dir, 'dom0.cpio.gz');
  if (existsSync(kernel) && existsSync(initramfs)) return { kernel, initramfs };
  const aptDir = join(xenCacheDir(root, 'arm64'), '..', 'apt', 'arm64');
  const state = join(dir, 'apt-state');
  const debs = join(dir, 'debs');
  mkdirSync(join(state, 'lists', 'partial'), { recursive: true });
  mkdirSync(join(debs, 'partial'), { recursive: true });
  writeFileSync(join(state, 'status'), '');
  const own = [`Dir::State=${state}`, `Dir::State::status=${join(state, 'status')}`, `Dir::Cache::archives=${debs}`];
  const apt = [...privateApt(aptDir, 'arm64'), ...[...own, 'Debug::NoLocking=1'].flatMap((o) => ['-o', o])];
  const get = (args: string[]) =>
    spawnSync('apt-get', [...apt, '-q', ...args], { encoding: 'utf8', timeout: timeoutS * 1000 });
  const lists = join(aptDir, 'lists');
  if (!existsSync(lists) || !readdirSync(lists).some((f) => /_Packages/.test(f))) get(['update']);
  const r = get(['install', '-d', '-y', '--no-install-recommends', ...DOM0_ARM64_PACKAGES]);
  if (r.status !== 0)
    throw new UkError(`downloading the arm64 dom0's packages failed:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  const b = spawnSync('bash', [script, debs, dir], { encoding: 'utf8', timeout: timeoutS * 1000 });
  if (b.status !== 0) throw new UkError(`building the arm64 Linux dom0 (${script}) failed:\n${b.stdout}${b.stderr}`);
  return { kernel, initramfs };
}

/** A "newc" cpio archive of files (path in the archive → contents), directories made as needed. */
export function cpioNewc(files: Map<string, { data: Buffer; mode: number }>): Buffer {
  const parts: Buffer[] = [];
  let ino = 1;
  const entry = (name: string, mode: number, data: Buffer) => {
    const field = (v: number) => v.toString(16).padStart(8, '0');
    const nameBuf = Buffer.from(`${name}\0`);
    const header =
      `070701${field(ino++)}${field(mode)}${field(0)}${field(0)}${field(1)}${field(0)}${field(data.length)}` +
      `${field(0)}${field(0)}${field(0)}${field(0)}${field(nameBuf.length)}${field(0)}`;
    const pad = (n: number) => Buffer.alloc((4 - (n % 4)) % 4);
    parts.push(Buffer.from(header), nameBuf, pad(110 + nameBuf.length), data, pad(data.length));
  };
  const dirs = new Set<string>();
  for (const path of files.keys()) {
    const segs = path.split('/');
    for (let i = 1; i < segs.length; i++) dirs.add(segs.slice(0, i).join('/'));
  }
  for (const d of [...dirs].sort()) entry(d, 0o40755, Buffer.alloc(0));
  for (const [path, f] of files) entry(path, 0o100000 | f.mode, f.data);
  entry('TRAILER!!!', 0, Buffer.alloc(0));
  return Buffer.concat(parts);
}

/**
 * Write initrd: the dom0's base initramfs followed by an archive of files
 * (name under /test → contents, all executable) and /test/run.sh = script.
 */
export function writeDom0Initrd(initrd: string, base: string, files: Map<string, Buffer>, script: string): void {
  const entries = new Map<string, { data: Buffer; mode: number }>();
  for (const [name, data] of files) entries.set(`test/${name}`, { data, mode: 0o755 });
  entries.set('test/run.sh', { data: Buffer.from(`#!/bin/sh\ncd /test\n${script}\n`), mode: 0o755 });
  // The kernel unpacks concatenated archives one after the other.
  writeFileSync(initrd, Buffer.concat([readFileSync(base), gzipSync(cpioNewc(entries), { level: 1 })]));
}

/** QEMU's arguments for Xen (xen) with the Linux dom0 (kernel, initrd): 2 vCPUs, 1 GiB. */
export function linuxDom0QemuArgs(xen: string, kernel: string, initrd: string): string[] {
  return [
    '-M',
    'pc',
    '-accel',
    'tcg',
    '-cpu',
    'max,-smap',
    '-smp',
    '2',
    '-m',
    '1G',
    '-nodefaults',
    '-no-user-config',
    '-nographic',
    '-serial',
    'stdio',
    '-no-reboot',
    '-kernel',
    xen,
    '-append',
    'console=com1 com1=115200,8n1 dom0_mem=256M,max:256M dom0_max_vcpus=2',
    '-initrd',
    `${kernel} console=hvc0 earlyprintk=xen rdinit=/init quiet,${initrd}`,
  ];
}

/** Where the arm64 dom0's kernel and initramfs are loaded (QEMU's generic loader; RAM starts at 1 GiB). */
const ARM64_DOM0_KERNEL = 0x60000000;
const ARM64_DOM0_INITRD = 0x64000000;

/**
 * QEMU's arguments for Debian's Xen 4.17 arm64 (xen) with the arm64 Linux dom0
 * (kernel, initrd) on virt with GICv3, TCG, one CPU, 2 GiB (dom0 512 MiB);
 * the device tree (its /chosen names both modules) goes to dir.
 */
export function linuxDom0Arm64QemuArgs(xen: string, kernel: string, initrd: string, dir: string): string[] {
  const dtb = join(dir, 'xen.dtb');
  writeXenArmDtb(
    {
      machine: XEN_ARM64_MACHINE,
      cpu: 'cortex-a57',
      ramMiB: 2048,
      xenArgs: 'console=dtuart dtuart=/pl011@9000000 dom0_mem=512M dom0_max_vcpus=1 guest_loglvl=all',
      kernel: {
        file: kernel,
        addr: ARM64_DOM0_KERNEL,
        size: statSync(kernel).size,
        args: 'console=hvc0 rdinit=/init quiet',
      },
      as: { kind: 'dom0' },
      ramdisk: { addr: ARM64_DOM0_INITRD, size: statSync(initrd).size },
    },
    dtb,
  );
  const load = (file: string, addr: number) => [
    '-device',
    `loader,file=${file},addr=0x${addr.toString(16)},force-raw=on`,
  ];
  return [
    ...['-M', XEN_ARM64_MACHINE, '-cpu', 'cortex-a57', '-m', '2048', '-smp', '1'],
    ...['-nodefaults', '-no-user-config', '-nographic', '-serial', 'stdio', '-no-reboot'],
    ...['-kernel', xen, '-dtb', dtb],
    ...load(kernel, ARM64_DOM0_KERNEL),
    ...load(initrd, ARM64_DOM0_INITRD),
  ];
}
