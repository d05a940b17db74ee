/**
 * compile executor: one library, one target, one option variant →
 * `<outDir>/lib<name>.o` with only the exports global.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';
import { compileSources } from '../../toolchain/compile';
import { partialLink } from '../../toolchain/partial-link';
import { reportFailure } from '../../util/report';

export interface CompileOptions {
  name: string;
  target: string;
  header: string;
  sources: string[];
  includeDirs: string[];
  exports: string[];
  outDir: string;
  skip?: boolean;
}

export async function compileLibrary(opts: CompileOptions, cwd: string): Promise<{ rebuilt: number }> {
  const out = join(opts.outDir, `lib${opts.name}.o`);
  if (opts.sources.length === 0) {
    // Header-only library: nothing to link; make sure no stale object remains.
    if (existsSync(resolve(cwd, out))) rmSync(resolve(cwd, out));
    await compileSources({ ...opts, cwd, sources: [] });
    return { rebuilt: 0 };
  }
  const { objects, rebuilt } = await compileSources({ ...opts, cwd });
  // Always relink: cheap, and the exports may have changed with no source.
  await partialLink(cwd, objects, opts.exports, out);
  return { rebuilt };
}

export default async function compileExecutor(opts: CompileOptions, ctx: ExecutorContext): Promise<{ success: boolean }> {
  if (opts.skip) return { success: true };
  try {
    const { rebuilt } = await compileLibrary(opts, ctx.root);
    console.log(`${opts.name} (${opts.target}): ${rebuilt} of ${opts.sources.length} source file(s) compiled`);
    return { success: true };
  } catch (e) {
    return reportFailure(e);
  }
}
