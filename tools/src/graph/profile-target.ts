/**
 * The `profile` target of an app (docs/debugging.md): after the links of
 * the images with ukprof added (profile-image.ts), boot one and turn its
 * samples into folded stacks and a flame graph. Never cached: it is a
 * run, and its samples differ every time.
 */
import type { TargetConfiguration } from '@nx/devkit';
import { profileLinkTargetName } from './profile-image';

/** The profile target for an app whose profiled images are at these paths, per target. */
export function profileTarget(
  executorPrefix: string,
  app: { name: string; manifest: string; planned: boolean },
  profiled: readonly string[],
  allTargets: readonly string[],
  images: Record<string, string>,
): TargetConfiguration {
  return {
    executor: `${executorPrefix}:profile`,
    cache: false,
    dependsOn: profiled.map(profileLinkTargetName),
    options: { app: app.name, targets: profiled, images, manifest: app.manifest, planned: app.planned },
    configurations: Object.fromEntries(allTargets.map((t) => [t, { target: t }])),
    metadata: {
      description: `Boot ${app.name} with the sampling profiler ukprof and write folded stacks and a flame graph (--seconds=N)`,
    },
  };
}
