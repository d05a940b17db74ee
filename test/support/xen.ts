/**
 * Xen under QEMU for the boot tests: the hypervisor (fetched by the
 * plugin's own code, as `nx run` does), an image booted as dom0, and a
 * Linux dom0 with xl that starts images as unprivileged PV domUs.
 *
 * The Linux dom0 (Debian's kernel and a trimmed debootstrap with
 * xen-utils-4.17) is built once by tools/src/xen/xen-dom0.sh into
 * .cache/xen/x86_64/dom0/ and reused; each boot adds a second, small
 * initramfs archive with the test's files under /test and its script
 * /test/run.sh, which the dom0's /init runs before powering off. The
 * arm64 dom0 (Debian arm64 packages, busybox; tools/src/xen/xen-dom0-arm64.sh)
 * works the same way under qemu-system-aarch64.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import {
  linuxDom0 as buildLinuxDom0,
  linuxDom0Arm64,
  linuxDom0Arm64QemuArgs,
  linuxDom0QemuArgs,
  writeDom0Initrd,
} from '../../tools/src/xen/dom0';
import { xenHypervisor, type XenArch } from '../../tools/src/xen/hypervisor';
import { REPO, exec, type Result } from './run';

/** Debian's Xen 4.17 for x86_64, fetched into .cache/xen on first use. */
export function xenX86(): string {
  return xenHypervisor(REPO, 'x86_64');
}

/** The QEMU command that boots image as Xen's dom0 with a module command line. */
export function qemuXenDom0(image: string, cmdline: string, memory = '64M'): string[] {
  return [
    '-M',
    'pc',
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
    xenX86(),
    '-append',
    `console=com1 com1=115200,8n1 dom0_mem=${memory}`,
    '-initrd',
    `${image} ${cmdline}`.trim(),
  ];
}

/** The Linux dom0's kernel and base initramfs (tools/src/xen/dom0.ts), built on first use. */
export function linuxDom0(): { kernel: string; initramfs: string } {
  return buildLinuxDom0(REPO);
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
export function runInLinuxDom0(
  files: ReadonlyArray<string | { from: string; as: string }>,
  script: string,
  timeoutS = 240,
  arch: XenArch = 'x86_64',
): Dom0Run {
  const { kernel, initramfs } = arch === 'arm64' ? linuxDom0Arm64(REPO) : linuxDom0();
  const entries = new Map<string, Buffer>();
  for (const f of files) {
    const { from, as } = typeof f === 'string' ? { from: f, as: basename(f) } : f;
    entries.set(as, readFileSync(resolve(REPO, from)));
  }
  const tmp = mkdtempSync(join(tmpdir(), 'ukraft-xen-'));
  try {
    const initrd = join(tmp, 'initrd.gz');
    writeDom0Initrd(initrd, initramfs, entries, script);
    const r =
      arch === 'arm64'
        ? exec('qemu-system-aarch64', linuxDom0Arm64QemuArgs(xenHypervisor(REPO, 'arm64'), kernel, initrd, tmp), {
            timeoutS,
          })
        : exec('qemu-system-x86_64', linuxDom0QemuArgs(xenX86(), kernel, initrd), { timeoutS });
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
export function runUntil(
  cmd: string,
  args: readonly string[],
  until: RegExp,
  timeoutS = 120,
): Promise<Result & { matched: boolean }> {
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

/**
 * Build test/support/xen-gntmap.c (a static Linux program that maps a
 * domU's grant through gntdev) into dir for the Linux dom0; returns its path.
 */
export function buildGntmap(dir: string): string {
  const out = join(dir, 'xen-gntmap');
  const r = exec('clang', [
    '-static',
    '-O2',
    '-Wall',
    '-Wextra',
    '-Werror',
    '-D_GNU_SOURCE',
    resolve(REPO, 'test/support/xen-gntmap.c'),
    '-o',
    out,
  ]);
  if (r.code !== 0) throw new Error(`building xen-gntmap failed (needs linux-libc-dev, libc6-dev):\n${r.stderr}`);
  return out;
}
