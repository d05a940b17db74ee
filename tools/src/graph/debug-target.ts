/**
 * The `debug` target of an app (docs/debugging.md): after `build`, one
 * configuration per target like `run`; never cached (it is a session).
 */
import type { TargetConfiguration } from '@nx/devkit';

/** The debug target for an app with these declared targets and image paths. */
export function debugTarget(
  executorPrefix: string,
  app: { name: string; manifest: string },
  declared: readonly string[],
  allTargets: readonly string[],
  images: Record<string, string>,
): TargetConfiguration {
  return {
    executor: `${executorPrefix}:debug`,
    cache: false,
    dependsOn: ['build'],
    // The boot defaults come from the manifest when the session starts (manifest/run-defaults.ts).
    options: { app: app.name, targets: declared, images, manifest: app.manifest },
    configurations: Object.fromEntries(allTargets.map((t) => [t, { target: t }])),
    metadata: { description: `Boot ${app.name} stopped and attach gdb (--break=main, --no-attach for IDEs)` },
  };
}
