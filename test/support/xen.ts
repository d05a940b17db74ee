/**
 * Xen under QEMU for the boot tests: the hypervisor (fetched by the
 * plugin's own code, as `nx run` does), an image booted as dom0, and a
 * Linux dom0 with xl that starts images as unprivileged PV domUs.
 *
 * The Linux dom0 (Debian's kernel and a trimmed debootstrap with
 * xen-utils-4.17) is built once by xen-dom0.sh into
 * .cache/xen/x86_64/dom0/ and reused; each boot adds a second, small
 * initramfs archive with the test's files under /test and its script
 * /test/run.sh, which the dom0's /init runs before powering off.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { xenCacheDir, xenHypervisor } from '../../tools/src/xen/hypervisor';
import { REPO, exec, type Result } from './run';

/** Debian's Xen 4.17 for x86_64, fetched into .cache/xen on first use. */
export function xenX86(): string {
  return xenHypervisor(REPO, 'x86_64');
}

/** The QEMU command that boots image as Xen's dom0 with a module command line. */
export function qemuXenDom0(image: string, cmdline: string, memory = '64M'): string[] {
  return [
    '-M', 'pc', '-accel', 'tcg', '-cpu', 'max', '-m', '512', '-nodefaults', '-no-user-config', '-nographic',
    '-serial', 'stdio', '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=4',
    '-kernel', xenX86(), '-append', `console=com1 com1=115200,8n1 dom0_mem=${memory}`,
    '-initrd', `${image} ${cmdline}`.trim(),
  ];
}

/** The Linux dom0's kernel and base initramfs, built on first use (root, ~1-2 min). */
export function linuxDom0(): { kernel: string; initramfs: string } {
  const dir = join(xenCacheDir(REPO, 'x86_64'), 'dom0');
  const kernel = join(dir, 'vmlinuz');
  const initramfs = join(dir, 'dom0.cpio.gz');
  if (!existsSync(kernel) || !existsSync(initramfs)) {
    const r = exec('bash', [resolve(REPO, 'test/support/xen-dom0.sh'), dir], { timeoutS: 900 });
    if (r.code !== 0) throw new Error(`building the Linux dom0 failed:\n${r.stdout}${r.stderr}`);
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
    const header = `070701${field(ino++)}${field(mode)}${field(0)}${field(0)}${field(1)}${field(0)}${field(data.length)}` +
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

export interface Dom0Run extends Result {
  /** The console output from the line the dom0 prints when xl is ready. */
  console: string;
}

/**
 * Boot Xen with the Linux dom0 and run script as /test/run.sh there; the
 * given files are put in /test under their base names (or the name given
 * with `as`). Returns QEMU's
 * result; the dom0 powers off after the script, which ends QEMU.
 */
export function runInLinuxDom0(files: ReadonlyArray<string | { from: string; as: string }>, script: string, timeoutS = 240): Dom0Run {
  const { kernel, initramfs } = linuxDom0();
  const entries = new Map<string, { data: Buffer; mode: number }>();
  for (const f of files) {
    const { from, as } = typeof f === 'string' ? { from: f, as: basename(f) } : f;
    entries.set(`test/${as}`, { data: readFileSync(resolve(REPO, from)), mode: 0o755 });
  }
  entries.set('test/run.sh', { data: Buffer.from(`#!/bin/sh\ncd /test\n${script}\n`), mode: 0o755 });
  const tmp = mkdtempSync(join(tmpdir(), 'ukraft-xen-'));
  try {
    const initrd = join(tmp, 'initrd.gz');
    // The kernel unpacks concatenated archives one after the other.
    writeFileSync(initrd, Buffer.concat([readFileSync(initramfs), gzipSync(cpioNewc(entries), { level: 1 })]));
    const r = exec('qemu-system-x86_64', [
      '-M', 'pc', '-accel', 'tcg', '-cpu', 'max,-smap', '-smp', '2', '-m', '1G', '-nodefaults', '-no-user-config',
      '-nographic', '-serial', 'stdio', '-no-reboot',
      '-kernel', xenX86(), '-append', 'console=com1 com1=115200,8n1 dom0_mem=256M,max:256M dom0_max_vcpus=2',
      '-initrd', `${kernel} console=hvc0 earlyprintk=xen rdinit=/init quiet,${initrd}`,
    ], { timeoutS });
    const plain = r.stdout.replace(/\r/g, '');
    const at = plain.indexOf('ukraft-dom0: xl ready');
    return { ...r, console: at >= 0 ? plain.slice(at) : '' };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Copy the build's xl config with its kernel path adapted to where the image sits in the dom0. */
export function adaptedXlConfig(cfg: string, kernelPath: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, basename(cfg));
  const text = readFileSync(resolve(REPO, cfg), 'utf8').replace(/^kernel = .*$/m, `kernel = "${kernelPath}"`);
  writeFileSync(out, text);
  chmodSync(out, 0o644);
  return out;
}

/**
 * Run a program until its stdout matches until (then stop it) or it exits
 * or timeoutS passes; for boots that never end by themselves (Xen with
 * only dom0less domUs idles once they are gone).
 */
export function runUntil(cmd: string, args: readonly string[], until: RegExp, timeoutS = 120): Promise<Result & { matched: boolean }> {
  return new Promise((res, rej) => {
    const start = Date.now();
    const child = spawn(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let matched = false;
    const stop = () => child.kill('SIGKILL');
    const timer = setTimeout(stop, timeoutS * 1000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!matched && until.test(stdout.replace(/\r/g, ''))) {
        matched = true;
        // Let the rest of the line and Xen's shutdown message through.
        setTimeout(stop, 1500);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ code: code ?? -1, stdout, stderr, ms: Date.now() - start, matched });
    });
  });
}
