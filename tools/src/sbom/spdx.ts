/**
 * The SBOM of an image: `<image>.spdx.json`, an SPDX 2.3 JSON document
 * (docs/sbom.md). Packages: the image, the app, every linked library (its
 * sources and public headers with their hashes, its resolved options), the
 * upstream each library builds from (name, version, archive sha256,
 * patches) and the toolchain. Deterministic: sorted, no clock (the time
 * is SOURCE_DATE_EPOCH or the epoch), the namespace a hash of the content.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { OptionValue } from '../manifest/schema';
import { UkError } from '../util/errors';
import { fileFact, readFacts, type FileFact } from './facts';

export interface SbomUpstream {
  /** Debian source package name, else the archive's file name. */
  name: string;
  version?: string;
  /** Package URL (`pkg:deb/debian/<name>@<version>`) for a Debian source package. */
  purl?: string;
  url?: string;
  sha256: string;
  license: string;
}

export interface SbomLib {
  name: string;
  description: string;
  license: string;
  /** Workspace-relative facts file its compile writes (sbom/facts.ts). */
  facts: string;
  options: Record<string, OptionValue | undefined>;
  upstream?: SbomUpstream;
}

/** The link task's `sbom` option: what the graph knows of the image's parts. */
export interface SbomInput {
  app: { name: string; description: string; license: string };
  libraries: SbomLib[];
}

export interface ToolVersion {
  name: string;
  version: string;
  /** The tool's first --version line. */
  banner: string;
}

export interface SbomRequest {
  cwd: string;
  /** Workspace-relative paths. */
  image: string;
  appSources: readonly string[];
  input: SbomInput;
  tools: readonly ToolVersion[];
  env?: NodeJS.ProcessEnv;
}

type Json = Record<string, unknown>;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const id = (kind: string, name: string) => `SPDXRef-${kind}-${name.replace(/[^A-Za-z0-9.-]/g, '-')}`;

/** creationInfo.created: SOURCE_DATE_EPOCH (seconds) when set, else the epoch: never the clock. */
export function creationTime(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw === '') return '1970-01-01T00:00:00Z';
  if (!/^\d+$/.test(raw)) throw new UkError(`SOURCE_DATE_EPOCH=${raw} is not a number of seconds since 1970`);
  return new Date(Number(raw) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** SPDX package verification code (SPDX 2.3 §7.9): sha1 of the sorted sha1s. */
function verificationCode(files: readonly FileFact[]): string {
  return createHash('sha1')
    .update(
      files
        .map((f) => f.sha1)
        .sort()
        .join(''),
    )
    .digest('hex');
}

/** A file's SPDXID: readable, with a hash of the path so that `a-b/c` and `a/b-c` differ. */
function fileId(path: string): string {
  return `${id('File', path)}-${createHash('sha256').update(path).digest('hex').slice(0, 8)}`;
}

function fileElement(f: FileFact): Json {
  return {
    SPDXID: fileId(f.file),
    fileName: `./${f.file}`,
    checksums: [
      { algorithm: 'SHA1', checksumValue: f.sha1 },
      { algorithm: 'SHA256', checksumValue: f.sha256 },
    ],
    fileTypes: ['SOURCE'],
    licenseConcluded: 'NOASSERTION',
    licenseInfoInFiles: ['NOASSERTION'],
    copyrightText: 'NOASSERTION',
  };
}

function optionText(options: Record<string, OptionValue | undefined>): string {
  const set = Object.keys(options)
    .sort(cmp)
    .filter((k) => options[k] !== undefined)
    .map((k) => `${k}=${JSON.stringify(options[k])}`);
  return set.length ? `resolved options: ${set.join(' ')}` : 'resolved options: none';
}

function sourcePackage(
  spdxId: string,
  name: string,
  files: readonly FileFact[],
  fields: Json,
): { pkg: Json; files: Json[]; rels: Json[] } {
  return {
    pkg: {
      SPDXID: spdxId,
      name,
      downloadLocation: 'NOASSERTION',
      ...fields,
      filesAnalyzed: files.length > 0,
      ...(files.length ? { packageVerificationCode: { packageVerificationCodeValue: verificationCode(files) } } : {}),
      licenseConcluded: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
    },
    files: files.map(fileElement),
    rels: files.map((f) => ({
      spdxElementId: spdxId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: fileId(f.file),
    })),
  };
}

/** The document for one image, as JSON text (2-space indent, trailing newline). */
export function sbomDocument(req: SbomRequest): string {
  const image = basename(req.image);
  const imageFact = fileFact(resolve(req.cwd, req.image), image);
  const imageId = 'SPDXRef-Image';
  const packages: Json[] = [];
  const files: Json[] = [];
  const rels: Json[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: imageId },
  ];
  packages.push({
    SPDXID: imageId,
    name: image,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    checksums: [
      { algorithm: 'SHA1', checksumValue: imageFact.sha1 },
      { algorithm: 'SHA256', checksumValue: imageFact.sha256 },
    ],
    primaryPackagePurpose: 'OPERATING-SYSTEM',
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    comment: `unikernel image of ${req.input.app.name}; its parts are the packages it STATIC_LINKs`,
  });
  const add = (p: { pkg: Json; files: Json[]; rels: Json[] }) => {
    packages.push(p.pkg);
    files.push(...p.files);
    rels.push(...p.rels);
  };
  const app = req.input.app;
  const appFiles = [...req.appSources].sort(cmp).map((f) => fileFact(resolve(req.cwd, f), f));
  add(
    sourcePackage(id('App', app.name), app.name, appFiles, {
      summary: app.description,
      licenseDeclared: app.license,
      primaryPackagePurpose: 'APPLICATION',
    }),
  );
  rels.push({ spdxElementId: imageId, relationshipType: 'STATIC_LINK', relatedSpdxElement: id('App', app.name) });
  for (const lib of [...req.input.libraries].sort((a, b) => cmp(a.name, b.name))) {
    const facts = readFacts(req.cwd, lib.facts);
    const libId = id('Lib', lib.name);
    add(
      sourcePackage(libId, lib.name, facts.files, {
        summary: lib.description,
        licenseDeclared: lib.license,
        primaryPackagePurpose: 'LIBRARY',
        comment: optionText(lib.options),
      }),
    );
    rels.push({ spdxElementId: imageId, relationshipType: 'STATIC_LINK', relatedSpdxElement: libId });
    const up = lib.upstream;
    if (!up) continue;
    const upId = id('Upstream', lib.name);
    add(
      sourcePackage(upId, up.name, facts.upstreamFiles, {
        ...(up.version ? { versionInfo: up.version } : {}),
        ...(up.url ? { downloadLocation: up.url } : {}),
        checksums: [{ algorithm: 'SHA256', checksumValue: up.sha256 }],
        licenseDeclared: up.license,
        primaryPackagePurpose: 'SOURCE',
        ...(up.purl
          ? {
              externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: up.purl },
              ],
            }
          : {}),
        sourceInfo: facts.patches.length
          ? `patched with ${facts.patches.map((p) => basename(p.file)).join(', ')} (in this order)`
          : 'not patched',
        comment: `archive sha256 ${up.sha256}; the files are those ${lib.name} compiles, after its patches`,
      }),
    );
    rels.push({ spdxElementId: libId, relationshipType: 'CONTAINS', relatedSpdxElement: upId });
    for (const p of facts.patches) {
      files.push({ ...fileElement(p), fileTypes: ['SOURCE', 'TEXT'] });
      rels.push({ spdxElementId: fileId(p.file), relationshipType: 'PATCH_APPLIED', relatedSpdxElement: upId });
    }
  }
  for (const t of req.tools) {
    const toolId = id('Tool', t.name);
    packages.push({
      SPDXID: toolId,
      name: t.name,
      versionInfo: t.version,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'APPLICATION',
      comment: t.banner,
    });
    rels.push({ spdxElementId: toolId, relationshipType: 'BUILD_TOOL_OF', relatedSpdxElement: imageId });
  }
  const body: Json = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: image,
    creationInfo: { created: creationTime(req.env), creators: ['Tool: ukraft'] },
    packages,
    files: dedupe(files),
    relationships: rels,
  };
  // Content-addressed: the same image from the same parts has the same namespace.
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const doc = { ...body, documentNamespace: `urn:ukraft:spdx:${image}:${hash}` };
  const ordered: Json = {};
  for (const k of ['spdxVersion', 'dataLicense', 'SPDXID', 'name', 'documentNamespace', 'creationInfo'])
    ordered[k] = doc[k as keyof typeof doc];
  Object.assign(ordered, doc);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Files by SPDXID, first occurrence kept, sorted. */
function dedupe(files: Json[]): Json[] {
  const seen = new Map<string, Json>();
  for (const f of files) if (!seen.has(String(f['SPDXID']))) seen.set(String(f['SPDXID']), f);
  return [...seen.values()].sort((a, b) => cmp(String(a['SPDXID']), String(b['SPDXID'])));
}

export function writeSbom(req: SbomRequest): string {
  const out = `${req.image}.spdx.json`;
  writeFileSync(resolve(req.cwd, out), sbomDocument(req));
  return out;
}
