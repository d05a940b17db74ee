/**
 * Names derived from targets and libraries: Nx configuration names,
 * C macro prefixes, output folders.
 */
import type { Arch, LibraryManifest, Plat, Requirement } from './schema';
import { evaluate, parse, truthy, type Expr } from './expr';

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

/** Expand `{arch}` / `{plat}` in a requirement name for one target. */
export function expandRequirement(req: string, t: Target): string {
  return req.replace('{arch}', t.arch).replace('{plat}', t.plat);
}

/** The name a requirement gives (placeholders unexpanded). */
export function requirementName(req: Requirement): string {
  return typeof req === 'string' ? req : req.name;
}

const conditions = new Map<string, Expr>();

/** Whether a requirement holds for a target (its `if`, over plat and arch). */
export function requirementApplies(req: Requirement, t: Target): boolean {
  if (typeof req === 'string') return true;
  let cond = conditions.get(req.if);
  if (!cond) conditions.set(req.if, (cond = parse(req.if)));
  return truthy(evaluate(cond, (n) => (n === 'plat' ? t.plat : n === 'arch' ? t.arch : undefined)));
}

/** What a library requires on one target: names, placeholders expanded. */
export function requirementsFor(m: Pick<LibraryManifest, 'requires'>, t: Target): string[] {
  return m.requires.filter((r) => requirementApplies(r, t)).map((r) => expandRequirement(requirementName(r), t));
}

/** Every concrete name a requirement can stand for, over the targets where it holds. */
export function allExpansions(req: Requirement): string[] {
  const on = ALL_TARGETS.map(parseTarget).filter((t) => requirementApplies(req, t));
  return [...new Set(on.map((t) => expandRequirement(requirementName(req), t)))];
}
