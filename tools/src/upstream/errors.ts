/**
 * The errors of the upstream mechanism. Each names the library (by its
 * manifest) and says what to do about it.
 */
import { UkError } from '../util/errors';

/** Which library an upstream error is about: its name and manifest path. */
export interface LibRef {
  name: string;
  file: string;
}

const who = (lib: LibRef) => `${lib.file}: library '${lib.name}'`;

/** A channel (debian or url) could not be reached; `detail` is what failed. */
export function unreachable(lib: LibRef, channel: string, detail: string, cache: string): UkError {
  return new UkError(
    `${who(lib)}: cannot fetch its upstream archive through the ${channel} channel${channel.includes(' and ') ? 's' : ''}: ${detail}\n` +
      `  The upstream cache (${cache}) has no copy. Either:\n` +
      `  - prefetch while online: npx nx run ${lib.name}:fetch (or npx nx run-many -t fetch for every library);\n` +
      `  - copy the archive into ${cache}/archives/<sha256> from a machine that has it;\n` +
      `  - point UK_UPSTREAM_MIRROR at a mirror of that folder (http, https or file URL);\n` +
      `  - for the debian channel, set UK_UPSTREAM_DEBIAN_SOURCES to a sources file naming a reachable Debian mirror;\n` +
      `  - or add a 'url' to its 'upstream' field in ${lib.file}.`,
  );
}

/** The archive's sha256 is not the pinned one; nothing was unpacked. */
export function checksumMismatch(lib: LibRef, origin: string, expected: string, actual: string): UkError {
  return new UkError(
    `${who(lib)}: checksum mismatch for its upstream archive from ${origin}\n` +
      `  expected sha256 ${expected} (upstream.sha256 in ${lib.file})\n` +
      `  got      sha256 ${actual}\n` +
      `  Nothing was unpacked. If the new archive is the one you want, put its sha256 in the manifest.`,
  );
}

/** A patch does not apply; `failure` names the hunk(s) and shows them. */
export function patchFailed(lib: LibRef, patch: string, failure: string): UkError {
  return new UkError(`${who(lib)}: patch ${patch} does not apply to its upstream tree:\n${failure}`);
}

/** Sources named in the manifest that the upstream tree does not have. */
export function missingSources(lib: LibRef, missing: string[], tree: string): UkError {
  return new UkError(
    `${who(lib)}: 'sources' names upstream file(s) that its upstream does not have: ${missing
      .map((m) => `upstream:${m}`)
      .join(', ')} (looked in ${tree})`,
  );
}

/** Anything else that stops a fetch (a tool missing, an archive tar cannot read). */
export function fetchFailed(lib: LibRef, what: string): UkError {
  return new UkError(`${who(lib)}: ${what}`);
}
