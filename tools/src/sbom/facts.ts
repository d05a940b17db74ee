/**
 * What a compile knows of a library's files, for the SBOM of every image
 * that links it: `<outDir>/lib<name>.sources.json`, the sha1 and sha256 of
 * each source and public header the compile used. The compile's hash
 * covers those files, so the facts are never stale; the link reads them
 * (its `dependentTasksOutputFiles` include them).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { UkError } from '../util/errors';
import { writeIfChanged } from '../toolchain/compile';

export const fileFactSchema = z.strictObject({
  /** Workspace-relative, or `upstream/<lib>/<path>` for a file of the upstream tree. */
  file: z.string(),
  sha1: z.string().regex(/^[0-9a-f]{40}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileFact = z.infer<typeof fileFactSchema>;

export const libFactsSchema = z.strictObject({
  name: z.string(),
  files: z.array(fileFactSchema),
  upstreamFiles: z.array(fileFactSchema),
  /** The library's patch files for its upstream, in the order they are applied. */
  patches: z.array(fileFactSchema),
});
export type LibFacts = z.infer<typeof libFactsSchema>;

export function factsPath(outDir: string, name: string): string {
  return join(outDir, `lib${name}.sources.json`);
}

export function fileFact(abs: string, name: string): FileFact {
  const data = readFileSync(abs);
  return {
    file: name,
    sha1: createHash('sha1').update(data).digest('hex'),
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

/** Every file below dir (absolute), sorted. */
function walk(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

export interface FactsRequest {
  cwd: string;
  name: string;
  outDir: string;
  /** Workspace-relative sources of the library. */
  sources: readonly string[];
  /** Workspace-relative public include dirs of the library itself. */
  ownIncludeDirs: readonly string[];
  /** The unpacked upstream tree (absolute) and the upstream files compiled, tree-relative. */
  upstream?: { tree: string; sources: readonly string[] };
  /** Workspace-relative patch files, in order. */
  patches?: readonly string[];
}

const byName = (a: FileFact, b: FileFact) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function writeFacts(req: FactsRequest): string {
  const headers = req.ownIncludeDirs.flatMap((d) => walk(resolve(req.cwd, d)).map((f) => relative(req.cwd, f)));
  const files = [...new Set([...req.sources, ...headers])].map((f) => fileFact(resolve(req.cwd, f), f)).sort(byName);
  const upstreamFiles = (req.upstream?.sources ?? [])
    .map((f) => fileFact(join(req.upstream!.tree, f), `upstream/${req.name}/${f}`))
    .sort(byName);
  const patches = (req.patches ?? []).map((f) => fileFact(resolve(req.cwd, f), f));
  const out = factsPath(req.outDir, req.name);
  writeIfChanged(
    resolve(req.cwd, out),
    `${JSON.stringify({ name: req.name, files, upstreamFiles, patches } satisfies LibFacts, null, 1)}\n`,
  );
  return out;
}

export function readFacts(cwd: string, path: string): LibFacts {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) {
    throw new UkError(`${path}: the library's source facts are missing (its compile task writes them); rebuild it`);
  }
  const r = libFactsSchema.safeParse(JSON.parse(readFileSync(abs, 'utf8')));
  if (!r.success) throw new UkError(`${path}: not a library facts file: ${r.error.message}`);
  return r.data;
}
