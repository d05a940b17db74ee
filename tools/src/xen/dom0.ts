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
 * Xen end-to-end tests (test/support/xen.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { UkError } from '../util/errors';
import { xenCacheDir } from './hypervisor';

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
