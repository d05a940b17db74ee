/**
 * compile executor: one library, one target, one option variant →
 * `<outDir>/lib<name>.o` with only the exports global. A library with an
 * upstream also compiles its `upstream:` sources from the upstream tree
 * (fetched first if the cache lacks it), with its private include dirs
 * and `upstream.cflags`.
 */
import { rmSync } from 'node:fs';
import { withOutputLock } from '../../fs/lock';
import { join, resolve } from 'node:path';
import { compileSources } from '../../toolchain/compile';
import { partialLink } from '../../toolchain/partial-link';
import { upstreamCompile, type UpstreamSources } from '../../upstream/compile';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';
import { writeFacts } from '../../sbom/facts';
import { patchFiles } from '../../upstream/sources';
import { libRoot, mentionedIn } from '../../toolchain/symbols';

export interface CompileOptions {
  name: string;
  target: string;
  header: string;
  sources: string[];
  includeDirs: string[];
  /** The library's own public include dirs (its headers go into the SBOM facts). */
  ownIncludeDirs: string[];
  exports: string[];
  /** Every local source of the library, whatever the variant: an export must be named in one. */
  exportSources?: string[];
  outDir: string;
  upstream?: UpstreamSources;
  skip?: boolean;
}

export const compileLibrary: TaskWork<CompileOptions> = async (opts, cwd) => {
  if (opts.skip) return '';
  // Another build in this workspace may need the same library: one does it, the other
  // then finds it up to date.
  return withOutputLock(cwd, opts.outDir, () => compileLocked(opts, cwd));
};

async function compileLocked(opts: CompileOptions, cwd: string): Promise<string> {
  const out = join(opts.outDir, `lib${opts.name}.o`);
  const up = opts.upstream && (await upstreamCompile(cwd, opts.upstream, opts.includeDirs, opts.outDir));
  const own = await compileSources({
    ...opts,
    includeDirs: [...(up?.privateIncludes ?? []), ...opts.includeDirs],
    cwd,
  });
  const theirs = up ? await compileSources({ ...up.request, target: opts.target, header: opts.header }) : undefined;
  const objects = [...own.objects, ...(theirs?.objects ?? [])];
  const total = opts.sources.length + (opts.upstream?.sources.length ?? 0);
  if (objects.length === 0) {
    // Header-only library: nothing to link; make sure no stale object remains.
    rmSync(resolve(cwd, out), { force: true });
  } else {
    // Always relink: cheap, and the exports may have changed with no source.
    await partialLink(cwd, opts.target, objects, opts.exports, out, {
      name: opts.name,
      manifest: join(libRoot(opts.outDir), 'uk.lib.ts'),
      // An upstream's files are not all known here: its exports pass unless defined-but-static.
      mentioned: opts.upstream ? () => true : mentionedIn(cwd, opts.exportSources ?? []),
    });
  }
  writeFacts({
    cwd,
    name: opts.name,
    outDir: opts.outDir,
    sources: opts.sources,
    ownIncludeDirs: opts.ownIncludeDirs,
    ...(up
      ? { upstream: { tree: up.tree, sources: opts.upstream!.sources }, patches: patchFiles(opts.upstream!.request) }
      : {}),
  });
  const rebuilt = own.rebuilt + (theirs?.rebuilt ?? 0);
  return `${opts.name} (${opts.target}): ${rebuilt} of ${total} source file(s) compiled${up ? ` (${opts.upstream!.sources.length} upstream)` : ''}\n`;
}

export default singleExecutor(compileLibrary);
export const batch = batchExecutor(compileLibrary);
