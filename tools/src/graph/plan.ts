/**
 * The build plan: every app resolved for every target it declares, and
 * the distinct (library, target, variant) compiles those images need.
 * Two apps whose values for a library are equal share one compile.
 */
import { resolveImage, type ResolvedImage, type ResolvedLib } from '../config/resolve';
import { parseTarget, type Target } from '../manifest/naming';
import { NeedsBrokenLib, type Workspace } from '../manifest/workspace';
import { profiledImages } from './profile-image';

export interface CompileVariant {
  target: Target;
  lib: ResolvedLib;
}

export interface BuildPlan {
  /** app → target name → resolved image */
  images: Map<string, Map<string, ResolvedImage>>;
  /**
   * app → target name → why it cannot be built, when a library manifest it
   * needs is broken: that image's link fails with it, the rest still build.
   */
  failed: Map<string, Map<string, string>>;
  /** library → compile target name → variant */
  compiles: Map<string, Map<string, CompileVariant>>;
  /** app → target name → the image with ukprof added, for the `profile` target (profile-image.ts). */
  profiled: Map<string, Map<string, ResolvedImage>>;
}

export function compileTargetName(target: Target | string, variant: string): string {
  return `compile-${typeof target === 'string' ? target : target.name}-${variant}`;
}

export function linkTargetName(target: string): string {
  return `link-${target}`;
}

export function planBuild(ws: Workspace): BuildPlan {
  const plan: BuildPlan = { images: new Map(), compiles: new Map(), failed: new Map(), profiled: new Map() };
  for (const lib of ws.libs.keys()) plan.compiles.set(lib, new Map());
  for (const [name, app] of ws.apps) {
    const perTarget = new Map<string, ResolvedImage>();
    const failed = new Map<string, string>();
    for (const t of app.manifest.targets) {
      let image: ResolvedImage;
      try {
        image = resolveImage(ws, name, t);
      } catch (e) {
        // Only a broken library manifest is local to the images that need it.
        if (!(e instanceof NeedsBrokenLib)) throw e;
        failed.set(t, e.message);
        continue;
      }
      perTarget.set(t, image);
      for (const lib of image.libs) {
        plan.compiles.get(lib.name)!.set(compileTargetName(t, lib.variant), { target: parseTarget(t), lib });
      }
    }
    const profiled = profiledImages(ws, name, perTarget);
    for (const [t, image] of profiled)
      for (const lib of image.libs)
        plan.compiles.get(lib.name)!.set(compileTargetName(t, lib.variant), { target: parseTarget(t), lib });
    plan.profiled.set(name, profiled);
    plan.images.set(name, perTarget);
    plan.failed.set(name, failed);
  }
  return plan;
}
