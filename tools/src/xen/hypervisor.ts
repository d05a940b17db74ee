/**
 * Debian's Xen 4.17 hypervisor, fetched on first use into the workspace's
 * cache folder (`.cache/xen/<arch>/`, never committed) for booting Xen
 * images under QEMU where no Xen host is at hand.
 *
 * `apt-get download xen-hypervisor-4.17-<debarch>` (arm64 also needs the
 * foreign architecture added to dpkg and apt's lists updated), then
 * `dpkg -x`, then the hypervisor binary: x86_64 gunzips
 * `boot/xen-4.17-amd64.gz` (QEMU's multiboot loader wants the ELF),
 * arm64 takes `boot/xen-4.17-arm64` (an arm64 Image with an EFI stub).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UkError } from '../util/errors';

export type XenArch = 'x86_64' | 'arm64';

const DEB_ARCH: Record<XenArch, string> = { x86_64: 'amd64', arm64: 'arm64' };
export const XEN_VERSION = '4.17';

/** The cache folder for Xen artefacts of one architecture. */
export function xenCacheDir(root: string, arch: XenArch): string {
  return resolve(root, '.cache', 'xen', arch);
}

function sh(cmd: string, args: string[], cwd: string): { ok: boolean; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function fail(pkg: string, why: string): never {
  throw new UkError(
    `could not fetch Debian's ${pkg} (needed to boot Xen images under QEMU):\n${why.trim()}\n` +
      `hint: this needs apt (Debian 12) and access to Debian's package archive; run as root or through sudo, ` +
      `or on a Xen host boot the image with 'xl create -c <app>_<target>.xl.cfg' instead`,
  );
}

/** Make sure apt knows arm64 packages (a foreign architecture on x86_64 hosts). */
function ensureForeignArch(debArch: string, cwd: string): void {
  const native = sh('dpkg', ['--print-architecture'], cwd).out.trim();
  if (native === debArch) return;
  const foreign = sh('dpkg', ['--print-foreign-architectures'], cwd).out.split('\n');
  if (foreign.includes(debArch)) return;
  const add = sh('dpkg', ['--add-architecture', debArch], cwd);
  if (!add.ok) fail(`xen-hypervisor-${XEN_VERSION}-${debArch}`, `dpkg --add-architecture ${debArch}: ${add.out}`);
  const upd = sh('apt-get', ['update', '-qq'], cwd);
  if (!upd.ok) fail(`xen-hypervisor-${XEN_VERSION}-${debArch}`, `apt-get update: ${upd.out}`);
}

/** Download one Debian package into dir and unpack it there; returns the unpacked root. */
export function fetchDeb(pkg: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  let r = sh('apt-get', ['download', '-q', pkg], dir);
  if (!r.ok && /Unable to locate|no installation candidate/i.test(r.out)) {
    sh('apt-get', ['update', '-qq'], dir);
    r = sh('apt-get', ['download', '-q', pkg], dir);
  }
  if (!r.ok) fail(pkg, r.out);
  const deb = readdirSync(dir).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (!deb) fail(pkg, `apt-get download left no ${pkg}_*.deb in ${dir}`);
  const root = join(dir, 'root');
  const x = sh('dpkg', ['-x', deb, root], dir);
  if (!x.ok) fail(pkg, `dpkg -x ${deb}: ${x.out}`);
  return root;
}

/**
 * Path of the Xen hypervisor binary for arch, fetching it on first use.
 * Concurrent callers are safe: each unpacks into its own temporary folder
 * and the result is renamed into place.
 */
export function xenHypervisor(root: string, arch: XenArch): string {
  const cache = xenCacheDir(root, arch);
  const target = join(cache, 'xen');
  if (existsSync(target)) return target;
  const debArch = DEB_ARCH[arch];
  const pkg = `xen-hypervisor-${XEN_VERSION}-${debArch}`;
  mkdirSync(cache, { recursive: true });
  if (arch !== 'x86_64') ensureForeignArch(debArch, cache);
  const tmp = mkdtempSync(join(cache, 'fetch-'));
  try {
    const unpacked = fetchDeb(pkg, tmp);
    const boot = join(unpacked, 'boot');
    const name = `xen-${XEN_VERSION}-${debArch}`;
    if (arch === 'x86_64') {
      writeFileSync(join(tmp, 'xen'), gunzipSync(readFileSync(join(boot, `${name}.gz`))));
    } else {
      const file = readdirSync(boot).find((f) => f === name || f === `${name}.efi`);
      if (!file) fail(pkg, `no ${name} in the package's boot/ folder`);
      writeFileSync(join(tmp, 'xen'), readFileSync(join(boot, file)));
    }
    renameSync(join(tmp, 'xen'), target);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return target;
}
