/**
 * Upstream files in a manifest: `sources` entries written
 * `upstream:<path>` name a file inside the library's unpacked upstream
 * tree, `upstream:<dir>` in `upstream.include` a folder there. This
 * module tells them apart from the library's own files and builds the
 * request the fetch and compile executors carry.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LibraryManifest, Upstream } from '../manifest/schema';

export const UPSTREAM_PREFIX = 'upstream:';

export function isUpstream(path: string): boolean {
  return path.startsWith(UPSTREAM_PREFIX);
}

/** The path inside the tree of an `upstream:` entry. */
export function inTree(path: string): string {
  return path.slice(UPSTREAM_PREFIX.length);
}

/**
 * Split workspace-relative sources of a library (as the resolver lists
 * them: its root joined with each manifest entry) into the library's own
 * files and tree-relative upstream files.
 */
export function splitSources(root: string, sources: readonly string[]): { local: string[]; upstream: string[] } {
  const local: string[] = [];
  const upstream: string[] = [];
  for (const s of sources) {
    const rel = relative(root, s);
    if (isUpstream(rel)) upstream.push(inTree(rel));
    else local.push(s);
  }
  return { local, upstream };
}

/** What the fetch and compile executors need to know of a library's upstream. */
export interface UpstreamRequest {
  /** Library name and manifest path (workspace-relative), for messages. */
  lib: string;
  file: string;
  /** Library root, workspace-relative: patches and local include dirs are relative to it. */
  root: string;
  spec: Upstream;
  /** Every upstream file the manifest names, in any source list (tree-relative). */
  sources: string[];
}

/** Every source a manifest names, in any source list (arch, plat, `when`), as written. */
export function everyListedSource(m: LibraryManifest): string[] {
  const s = m.sources;
  return [
    ...s.common,
    ...Object.values(s.arch).flat(),
    ...Object.values(s.plat).flat(),
    ...s.when.flatMap((w) => w.sources),
  ].filter((f): f is string => typeof f === 'string');
}

export function upstreamRequest(root: string, file: string, m: LibraryManifest): UpstreamRequest | undefined {
  if (!m.upstream) return undefined;
  const all = everyListedSource(m).filter(isUpstream);
  return { lib: m.name, file, root, spec: m.upstream, sources: [...new Set(all.map(inTree))].sort() };
}

/** Upstream files (tree-relative) that are not in the tree. */
export function missingIn(tree: string, files: readonly string[]): string[] {
  return files.filter((f) => !existsSync(join(tree, f)));
}

/** Workspace-relative files that make the tree (the patches, the generate script): compile inputs. */
export function patchFiles(req: UpstreamRequest): string[] {
  const gen = req.spec.generate ? [join(req.root, req.spec.generate)] : [];
  return [...req.spec.patches.map((p) => join(req.root, p)), ...gen];
}

/**
 * The library's own private include dirs (`upstream.include` entries that
 * are not `upstream:`), workspace-relative: compile inputs, as the headers
 * there are read by the compile.
 */
export function ownPrivateIncludes(req: UpstreamRequest): string[] {
  return req.spec.include.filter((d) => !isUpstream(d)).map((d) => join(req.root, d));
}

/**
 * The private include path of the library's compile: `upstream:` dirs
 * inside the tree (absolute), other dirs relative to the library.
 */
export function privateIncludes(req: UpstreamRequest, tree: string, wsRoot: string): string[] {
  return req.spec.include.map((d) => (isUpstream(d) ? join(tree, inTree(d)) : join(wsRoot, req.root, d)));
}
