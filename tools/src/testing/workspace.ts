/** Test helper: an in-memory workspace from plain manifest objects. */
import {
  appConfigSchema,
  appManifestSchema,
  libraryManifestSchema,
  type AppConfigInput,
  type AppManifestInput,
  type LibraryManifestInput,
} from '../manifest/schema';
import type { Workspace } from '../manifest/workspace';

export function lib(m: Partial<LibraryManifestInput> & { name: string }): LibraryManifestInput {
  return { description: `${m.name} library`, license: 'BSD-3-Clause', ...m };
}

export function makeWorkspace(
  libs: LibraryManifestInput[],
  apps: { manifest: Partial<AppManifestInput> & { name: string; libraries: string[] }; config?: AppConfigInput }[],
): Workspace {
  const ws: Workspace = { root: '/ws', libs: new Map(), apps: new Map(), broken: new Map() };
  for (const l of libs) {
    const manifest = libraryManifestSchema.parse(l);
    const root = manifest.kind === 'lib' ? `libs/${manifest.name}` : manifest.name.replace('-', '/');
    ws.libs.set(manifest.name, { root, file: `${root}/uk.lib.ts`, manifest });
  }
  for (const a of apps) {
    const manifest = appManifestSchema.parse({
      description: 'app',
      license: 'MIT',
      sources: ['main.c'],
      targets: ['kvm-x86_64'],
      ...a.manifest,
    });
    const root = `apps/${manifest.name}`;
    ws.apps.set(manifest.name, {
      root,
      file: `${root}/uk.app.ts`,
      manifest,
      configFile: `${root}/uk.config.json`,
      config: appConfigSchema.parse(a.config ?? {}),
    });
  }
  return ws;
}

/** The smallest workspace with a platform for kvm-x86_64 and linuxu-x86_64. */
export function platforms(): LibraryManifestInput[] {
  return [
    lib({ name: 'arch-x86_64', kind: 'arch', archs: ['x86_64'] }),
    lib({
      name: 'plat-kvm',
      kind: 'plat',
      plats: ['kvm'],
      requires: ['arch-{arch}'],
      linkerScript: { x86_64: 'x86_64/link.ld' },
    }),
    lib({ name: 'plat-linuxu', kind: 'plat', plats: ['linuxu'] }),
  ];
}
