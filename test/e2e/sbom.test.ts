/**
 * The SBOM beside every image: `<image>.spdx.json` validates against the
 * SPDX 2.3 JSON schema (vendored in test/support/spdx), names every linked
 * library with its manifest's licence and its files' hashes, the upstream
 * libm builds from (Debian's musl: version, archive sha256, patches) and
 * the toolchain.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, exec, nx } from '../support/run';

interface Doc {
  name: string;
  documentNamespace: string;
  creationInfo: { created: string };
  packages: {
    SPDXID: string;
    name: string;
    licenseDeclared?: string;
    versionInfo?: string;
    checksums?: { algorithm: string; checksumValue: string }[];
    externalRefs?: { referenceLocator: string }[];
  }[];
  files: { SPDXID: string; fileName: string; checksums: { algorithm: string; checksumValue: string }[] }[];
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
}

const schema = JSON.parse(readFileSync(join(REPO, 'test/support/spdx/spdx-2.3.schema.json'), 'utf8')) as object;
const validate = new Ajv2019({ allErrors: true, strict: false }).compile(schema);
const sha256 = (path: string) =>
  createHash('sha256')
    .update(readFileSync(join(REPO, path)))
    .digest('hex');
const dist = (app: string, t: string) => `dist/apps/${app}/${t}/${app}_${t}`;
const sbom = (app: string, t: string) =>
  JSON.parse(readFileSync(join(REPO, `${dist(app, t)}.spdx.json`), 'utf8')) as Doc;

/** The libraries an image links, as the plugin resolved them. */
function linked(app: string, t: string): string[] {
  const r = exec(join(REPO, 'node_modules/.bin/nx'), ['show', 'project', app, '--json']);
  expect(r.code, r.stderr).toBe(0);
  // The link depends on one compile of each library it links.
  type Link = { dependsOn: { projects: string[] }[] };
  const targets = (JSON.parse(r.stdout) as { targets: Record<string, Link> }).targets;
  return targets[`link-${t}`]!.dependsOn.flatMap((d) => d.projects);
}

/** A library's licence, read from its manifest (arch/, plat/ or libs/). */
function manifestLicense(lib: string): string {
  const r = exec('grep', ['-rl', '--include=uk.lib.ts', `name: '${lib}'`, 'arch', 'plat', 'libs']);
  const file = r.stdout.split('\n').find(Boolean);
  expect(file, lib).toBeDefined();
  return /^\s*license: '([^']+)'/m.exec(readFileSync(join(REPO, file!), 'utf8'))![1]!;
}

beforeAll(() => {
  for (const app of ['helloworld', 'selftest']) {
    const r = nx(['build', app, '--configuration=kvm-x86_64']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
});

describe('the SBOM of an image', () => {
  it('hello world kvm-x86_64: valid SPDX 2.3, every linked library with its licence, the image and source hashes', () => {
    const doc = sbom('helloworld', 'kvm-x86_64');
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(doc.name).toBe('helloworld_kvm-x86_64');
    const libs = linked('helloworld', 'kvm-x86_64');
    expect(libs).toEqual(expect.arrayContaining(['nolibc', 'ukboot', 'ukalloc', 'plat-kvm', 'arch-x86_64']));
    for (const lib of libs) {
      const p = doc.packages.find((x) => x.SPDXID === `SPDXRef-Lib-${lib.replace(/_/g, '-')}`);
      expect(p, lib).toBeDefined();
      expect(p!.name).toBe(lib);
      expect(p!.licenseDeclared, lib).toBe(manifestLicense(lib));
      expect(doc.relationships).toContainEqual({
        spdxElementId: 'SPDXRef-Image',
        relationshipType: 'STATIC_LINK',
        relatedSpdxElement: p!.SPDXID,
      });
    }
    // Nothing else is claimed to be linked.
    expect(doc.relationships.filter((r) => r.relationshipType === 'STATIC_LINK')).toHaveLength(libs.length + 1);
    const image = doc.packages.find((p) => p.SPDXID === 'SPDXRef-Image')!;
    expect(image.checksums).toContainEqual({
      algorithm: 'SHA256',
      checksumValue: sha256(dist('helloworld', 'kvm-x86_64')),
    });
    const alloc = doc.files.find((f) => f.fileName === './libs/ukalloc/src/alloc.c')!;
    expect(alloc.checksums).toContainEqual({ algorithm: 'SHA256', checksumValue: sha256('libs/ukalloc/src/alloc.c') });
    const main = doc.files.find((f) => f.fileName === './apps/helloworld/main.c')!;
    expect(main.checksums).toContainEqual({ algorithm: 'SHA256', checksumValue: sha256('apps/helloworld/main.c') });
    // The toolchain, with the version clang reports.
    const clang = /clang version (\d+\.\d+\.\d+)/.exec(exec('clang', ['--version']).stdout)![1];
    expect(doc.packages.find((p) => p.name === 'clang')?.versionInfo).toBe(clang);
    expect(doc.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-Tool-clang',
      relationshipType: 'BUILD_TOOL_OF',
      relatedSpdxElement: 'SPDXRef-Image',
    });
    // No clock: the epoch unless SOURCE_DATE_EPOCH says otherwise; the namespace is a content hash.
    expect(doc.creationInfo.created).toBe('1970-01-01T00:00:00Z');
    expect(doc.documentNamespace).toMatch(/^urn:ukraft:spdx:helloworld_kvm-x86_64:[0-9a-f]{64}$/);
  });

  it("selftest's libm names its upstream: Debian's musl, version, archive sha256 and the patches applied", () => {
    const doc = sbom('selftest', 'kvm-x86_64');
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const manifest = readFileSync(join(REPO, 'libs/libm/uk.lib.ts'), 'utf8');
    const archive = /sha256: '([0-9a-f]{64})'/.exec(manifest)![1]!;
    const up = doc.packages.find((p) => p.SPDXID === 'SPDXRef-Upstream-libm')!;
    expect(up).toMatchObject({ name: 'musl', versionInfo: '1.2.3-1', licenseDeclared: 'MIT' });
    expect(up.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: archive }]);
    expect(up.externalRefs?.[0]?.referenceLocator).toBe('pkg:deb/debian/musl@1.2.3-1?arch=source');
    const patches = doc.relationships.filter((r) => r.relationshipType === 'PATCH_APPLIED');
    expect(patches).toHaveLength(2);
    for (const r of patches) {
      expect(r.relatedSpdxElement).toBe('SPDXRef-Upstream-libm');
      const f = doc.files.find((x) => x.SPDXID === r.spdxElementId)!;
      expect(f.fileName).toMatch(/^\.\/libs\/libm\/patches\/000[12]-.*\.patch$/);
      expect(f.checksums).toContainEqual({ algorithm: 'SHA256', checksumValue: sha256(f.fileName.slice(2)) });
    }
    // The upstream files compiled are listed under the upstream, with their hashes after patching.
    expect(doc.files.map((f) => f.fileName)).toContain('./upstream/libm/src/math/sqrt.c');
  });
});
