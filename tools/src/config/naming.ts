/**
 * Names derived from targets and libraries: Nx configuration names,
 * C macro prefixes, output folders.
 */
import type { Arch, LibraryManifest, Plat } from '../manifest/schema';

export const ARCHS: readonly Arch[] = ['x86_64', 'arm64'];
export const PLATS: readonly Plat[] = ['kvm', 'linuxu', 'xen'];
/** Every target name ukraft knows, `<plat>-<arch>`. */
export const ALL_TARGETS: readonly string[] = PLATS.flatMap((p) => ARCHS.map((a) => `${p}-${a}`));

export interface Target {
  name: string;
  plat: Plat;
  arch: Arch;
}

export function parseTarget(name: string): Target {
  const dash = name.indexOf('-');
  return { name, plat: name.slice(0, dash) as Plat, arch: name.slice(dash + 1) as Arch };
}

/** `nolibc` → `LIBNOLIBC`; `plat-kvm` → `PLAT_KVM`; `arch-x86_64` → `ARCH_X86_64`. */
export function macroPrefix(m: Pick<LibraryManifest, 'name' | 'kind'>): string {
  const up = m.name.toUpperCase().replace(/-/g, '_');
  return m.kind === 'lib' ? `LIB${up}` : up;
}

/** A requirement without its `@<arch|plat|target>` condition, and the condition. */
export function splitRequirement(req: string): { name: string; only?: string } {
  const at = req.indexOf('@');
  return at < 0 ? { name: req } : { name: req.slice(0, at), only: req.slice(at + 1) };
}

/**
 * Expand `{arch}` / `{plat}` in a requirement for one target; undefined
 * when its `@...` condition excludes the target (`ukintctlr-gic@arm64`).
 */
export function expandRequirement(req: string, t: Target): string | undefined {
  const { name, only } = splitRequirement(req);
  if (only !== undefined && only !== t.arch && only !== t.plat && only !== t.name) return undefined;
  return name.replace('{arch}', t.arch).replace('{plat}', t.plat);
}

/** Every concrete name a requirement can stand for, over all targets. */
export function allExpansions(req: string): string[] {
  return [...new Set(ALL_TARGETS.flatMap((n) => expandRequirement(req, parseTarget(n)) ?? []))];
}
