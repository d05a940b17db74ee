/**
 * An app's boot defaults (`run` in uk.app.ts), read when a task runs rather
 * than carried in target options. Nx hashes a project's whole configuration
 * into each of its tasks, so a default in any target's options would make
 * every task of the app (every link) miss the cache when it changes; read
 * from the manifest, it reaches only the tasks that list uk.app.ts as an
 * input (the xen links, whose .xl.cfg holds it, and the boot test).
 */
import { resolve } from 'node:path';
import type { AppManifest } from './schema';
import { parseAppManifest, readText } from './load';

/** The `run` block of the app manifest at `manifest` (relative to root). */
export function runDefaults(root: string, manifest: string): AppManifest['run'] {
  const file = resolve(root, manifest);
  return parseAppManifest(file, readText(file)).run;
}
