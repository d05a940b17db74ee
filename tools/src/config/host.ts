/**
 * What a library's host tests compile against: the library and what it
 * requires (fixed names only; `{arch}`/`{plat}` requirements and
 * capabilities have no meaning on the host), default option values, and
 * the include path without the pool's libc, so the host's C library is
 * used.
 */
import { join } from 'node:path';
import type { Workspace } from '../manifest/workspace';
import { generateHeader } from './header';

export interface HostBuild {
  header: string;
  includeDirs: string[];
  sources: string[];
}

export function hostBuild(ws: Workspace, name: string): HostBuild {
  const seen = new Set<string>();
  const walk = (n: string) => {
    const lib = ws.libs.get(n);
    if (!lib || seen.has(n) || /\{/.test(n)) return;
    seen.add(n);
    // Host builds know no target: conditional requirements do not apply.
    for (const r of lib.manifest.requires) if (typeof r === 'string') walk(r);
  };
  walk(name);
  const libs = [...seen].map((n) => ws.libs.get(n)!);
  const self = ws.libs.get(name)!;
  return {
    header: generateHeader(
      undefined,
      libs.map((l) => ({
        manifest: l.manifest,
        values: Object.fromEntries(Object.entries(l.manifest.options).map(([k, d]) => [k, d.default])),
      })),
    ),
    includeDirs: libs
      .filter((l) => !l.manifest.provides.includes('libc'))
      .flatMap((l) => l.manifest.include.map((d) => join(l.root, d))),
    sources: self.manifest.sources.common.map((s) => join(self.root, s)),
  };
}
