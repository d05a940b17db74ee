/**
 * The build plan: every app resolved for every target it declares, and
 * the distinct (library, target, variant) compiles those images need.
 * Two apps whose values for a library are equal share one compile.
 */
import { resolveImage, type ResolvedImage, type ResolvedLib } from '../config/resolve';
import { parseTarget, type Target } from '../config/naming';
import type { Workspace } from './workspace';

export interface CompileVariant {
  target: Target;
  lib: ResolvedLib;
}

export interface BuildPlan {
  /** app → target name → resolved image */
  images: Map<string, Map<string, ResolvedImage>>;
  /** library → compile target name → variant */
  compiles: Map<string, Map<string, CompileVariant>>;
}

export function compileTargetName(target: Target | string, variant: string): string {
  return `compile-${typeof target === 'string' ? target : target.name}-${variant}`;
}

export function linkTargetName(target: string): string {
  return `link-${target}`;
}

export function planBuild(ws: Workspace): BuildPlan {
  const plan: BuildPlan = { images: new Map(), compiles: new Map() };
  for (const lib of ws.libs.keys()) plan.compiles.set(lib, new Map());
  for (const [name, app] of ws.apps) {
    const perTarget = new Map<string, ResolvedImage>();
    for (const t of app.manifest.targets) {
      const image = resolveImage(ws, name, t);
      perTarget.set(t, image);
      for (const lib of image.libs) {
        plan.compiles.get(lib.name)!.set(compileTargetName(t, lib.variant), { target: parseTarget(t), lib });
      }
    }
    plan.images.set(name, perTarget);
  }
  return plan;
}
