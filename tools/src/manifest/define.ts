/**
 * Typed helpers used inside manifests. They only return their argument:
 * the types guide the author, and the loader validates with zod.
 */
import type { AppManifestInput, LibraryManifestInput } from './schema';

export function defineLibrary(manifest: LibraryManifestInput): LibraryManifestInput {
  return manifest;
}

export function defineApp(manifest: AppManifestInput): AppManifestInput {
  return manifest;
}
