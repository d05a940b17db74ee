/**
 * The image a `profile` run boots (docs/debugging.md): the app's image
 * with the library ukprof added, resolved like a configuration whose
 * `libraries` names it. It is a different library set, so a different
 * link (`link-profile-<target>`, into `<target>-profile/`); every library
 * whose header does not change shares its compile with the plain image.
 */
import { resolveImage, type ResolvedImage } from '../config/resolve';
import type { Workspace } from '../manifest/workspace';

export const PROFILER_LIB = 'ukprof';

/**
 * The targets whose platform has a profiling tick (uk/plat/prof.h);
 * Xen has none.
 */
export const PROFILE_TARGETS: readonly string[] = ['kvm-x86_64', 'kvm-arm64', 'linuxu-x86_64', 'linuxu-arm64'];

/** The link target name of the profiled image of a target. */
export function profileLinkTargetName(target: string): string {
  return `link-profile-${target}`;
}

/**
 * Per target in PROFILE_TARGETS (whose plain image resolved), the
 * image with ukprof added. None when the workspace has no ukprof, or the
 * app does not ask for them (`profile: true` in uk.app.ts).
 */
export function profiledImages(
  ws: Workspace,
  appName: string,
  plain: ReadonlyMap<string, ResolvedImage>,
): Map<string, ResolvedImage> {
  const out = new Map<string, ResolvedImage>();
  const prof = ws.libs.get(PROFILER_LIB);
  const app = ws.apps.get(appName);
  if (!prof || !app || !app.manifest.profile) return out;
  const derived: Workspace = {
    ...ws,
    apps: new Map(ws.apps).set(appName, {
      ...app,
      config: { ...app.config, libraries: [...app.config.libraries, PROFILER_LIB] },
    }),
  };
  for (const t of plain.keys()) {
    if (!PROFILE_TARGETS.includes(t)) continue;
    try {
      out.set(t, resolveImage(derived, appName, t));
    } catch {
      // An app whose configuration cannot take ukprof has no profile image; the profile target says so.
    }
  }
  return out;
}
