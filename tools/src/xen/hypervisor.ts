/**
 * Debian's Xen 4.17 hypervisor, fetched on first use into the workspace's
 * cache folder (`.cache/xen/<arch>/`, never committed) for booting Xen
 * images under QEMU where no Xen host is at hand.
 *
 * `apt-get download xen-hypervisor-4.17-<debarch>` through a private apt
 * configuration (the machine's own package sources, as the upstream
 * mechanism derives them, with lists and caches in `.cache/xen/apt/`):
 * nothing of the system's dpkg architectures or apt lists is changed, and
 * an arm64 package is fetched on an amd64 host without adding arm64 to
 * dpkg. Then `dpkg -x`, then the hypervisor binary: x86_64 gunzips
 * `boot/xen-4.17-amd64.gz` (QEMU's multiboot loader wants the ELF),
 * arm64 takes `boot/xen-4.17-arm64` (an arm64 Image with an EFI stub).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UkError } from '../util/errors';
import { derivedSources } from '../upstream/apt-sources';

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
      `hint: this needs apt (Debian 12) and access to Debian's package archive (the machine's own sources in /etc/apt), ` +
      `or on a Xen host boot the image with 'xl create -c <app>_<target>.xl.cfg' instead`,
  );
}

/** apt options for a private state folder that sees the machine's sources, for one architecture. */
export function privateApt(dir: string, debArch: string): string[] {
  const { text, from } = derivedSources();
  if (!text) {
    fail(
      `xen-hypervisor-${XEN_VERSION}-${debArch}`,
      `no Debian package sources found (read ${from.length ? from.join(', ') : '/etc/apt/sources.list and /etc/apt/sources.list.d/'})`,
    );
  }
  for (const d of ['sources.list.d', 'lists/partial', 'cache/archives/partial'])
    mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, 'sources.list'), '');
  // derivedSources writes source-package entries; the hypervisor is a binary package.
  writeFileSync(join(dir, 'sources.list.d', 'ukraft.sources'), text.replace(/^Types: deb-src$/gm, 'Types: deb'));
  return [
    `Dir::Etc::sourcelist=${join(dir, 'sources.list')}`,
    `Dir::Etc::sourceparts=${join(dir, 'sources.list.d')}`,
    `Dir::State::Lists=${join(dir, 'lists')}`,
    `Dir::Cache=${join(dir, 'cache')}`,
    'Dir::Cache::pkgcache=',
    'Dir::Cache::srcpkgcache=',
    `APT::Architecture=${debArch}`,
    `APT::Architectures=${debArch}`,
    'Acquire::Retries=1',
    ...(process.getuid?.() === 0 ? ['APT::Sandbox::User=root'] : []),
  ].flatMap((o) => ['-o', o]);
}

function hasLists(dir: string): boolean {
  return existsSync(join(dir, 'lists')) && readdirSync(join(dir, 'lists')).some((f) => /_Packages(\.|$)/.test(f));
}

/** Download one Debian binary package of debArch into dir and unpack it there; returns the unpacked root. */
export function fetchDeb(pkg: string, debArch: string, aptDir: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const apt = privateApt(aptDir, debArch);
  const update = () => {
    const u = sh('apt-get', [...apt, '-q', 'update'], aptDir);
    if (!u.ok && !hasLists(aptDir)) fail(pkg, `apt-get update (private lists in ${aptDir}): ${u.out}`);
  };
  let updated = false;
  if (!hasLists(aptDir)) {
    update();
    updated = true;
  }
  let r = sh('apt-get', [...apt, 'download', '-q', `${pkg}:${debArch}`], dir);
  if (!r.ok && !updated && /Unable to locate|no installation candidate|Can't select/i.test(r.out)) {
    update();
    r = sh('apt-get', [...apt, 'download', '-q', `${pkg}:${debArch}`], dir);
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
  const tmp = mkdtempSync(join(cache, 'fetch-'));
  try {
    const unpacked = fetchDeb(pkg, debArch, join(cache, '..', 'apt', debArch), tmp);
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
