/**
 * How a compile builds a library's upstream sources: in the upstream tree
 * (made to exist first), into `<outDir>/upstream/obj/`, with the private
 * include dirs, then the library's public ones, and `upstream.cflags`.
 * `-ffile-prefix-map` names the tree `upstream/<lib>` in debug info and
 * __FILE__, so an object does not depend on where the cache is.
 */
import { join, resolve } from 'node:path';
import { prefixMaps, type CompileRequest } from '../toolchain/compile';
import { ensureTree } from './fetch';
import { privateIncludes, type UpstreamRequest } from './sources';

/** The `upstream` option of a compile or host-test task. */
export interface UpstreamSources {
  request: UpstreamRequest;
  /** The upstream files of this task, tree-relative. */
  sources: string[];
}

export interface UpstreamCompile {
  tree: string;
  /** Absolute private include dirs: also on the path of the library's own sources. */
  privateIncludes: string[];
  /** For compileSources, without target and header. */
  request: Omit<CompileRequest, 'target' | 'header'>;
}

export async function upstreamCompile(
  wsRoot: string,
  up: UpstreamSources,
  includeDirs: readonly string[],
  outDir: string,
): Promise<UpstreamCompile> {
  const tree = (await ensureTree(wsRoot, up.request)).dir;
  const priv = privateIncludes(up.request, tree, wsRoot);
  return {
    tree,
    privateIncludes: priv,
    request: {
      cwd: tree,
      sources: up.sources,
      includeDirs: [...priv, ...includeDirs.map((d) => resolve(wsRoot, d))],
      outDir: resolve(wsRoot, join(outDir, 'upstream')),
      extraFlags: up.request.spec.cflags,
      // The tree (the cwd here) is named upstream/<lib>; the workspace's own files (include dirs) `.`.
      prefixMaps: [...prefixMaps(tree, `upstream/${up.request.lib}`), ...prefixMaps(wsRoot)],
      compDir: `upstream/${up.request.lib}`,
    },
  };
}
