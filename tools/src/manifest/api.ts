/**
 * APIs declared once and implemented by many libraries: the platform API
 * is declared by ukplat (`api` in plat/common/uk.lib.ts) and each platform
 * says `implements: ['ukplat', ...]` instead of listing the API's symbols
 * in its own `exports`. After loading, each implementer's exports hold the
 * symbols of every API it implements, so the partial link checks that it
 * defines them all (a missing one is an error naming library and symbol).
 */
import type { LibraryManifest } from './schema';
import { UkError } from '../util/errors';
import type { Api } from './schema';

interface Declared {
  api: Api;
  /** The library that declares it, and its manifest file. */
  by: string;
  file: string;
}

interface Lib {
  file: string;
  manifest: LibraryManifest;
}

/** Every API the libraries declare, by name; a UkError when two declare one name. */
export function declaredApis(libs: ReadonlyMap<string, Lib>): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const [by, lib] of libs) {
    for (const [name, api] of Object.entries(lib.manifest.api)) {
      const other = out.get(name);
      if (other)
        throw new UkError(
          `${lib.file}: 'api.${name}': API '${name}' is already declared by ${other.by} (${other.file})`,
        );
      out.set(name, { api, by, file: lib.file });
    }
  }
  return out;
}

/**
 * The manifest of `lib` with the symbols of the APIs it implements added
 * to `exports` (once each, the manifest's own first); a UkError naming the
 * file for an API nobody declares, or a required API it does not implement.
 */
export function withApis(name: string, lib: Lib, apis: ReadonlyMap<string, Declared>): LibraryManifest {
  const m = lib.manifest;
  const known = () => [...apis.keys()].join(', ') || 'none';
  for (const [i, api] of m.implements.entries()) {
    if (!apis.has(api))
      throw new UkError(`${lib.file}: 'implements.${i}': no library declares an API '${api}' (declared: ${known()})`);
  }
  for (const [apiName, d] of apis) {
    if (d.api.requiredOf === m.kind && !m.implements.includes(apiName))
      throw new UkError(
        `${lib.file}: ${name} is a ${m.kind} library, and every ${m.kind} library implements ${d.by}'s API '${apiName}' (${d.api.help}): add '${apiName}' to its 'implements'`,
      );
  }
  if (!m.implements.length) return m;
  const exports = [...m.exports];
  for (const api of m.implements) for (const s of apis.get(api)!.api.symbols) if (!exports.includes(s)) exports.push(s);
  return { ...m, exports };
}
