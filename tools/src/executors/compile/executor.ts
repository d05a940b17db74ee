/**
 * compile executor: one library, one target, one option variant →
 * `<outDir>/lib<name>.o` with only the exports global.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileSources } from '../../toolchain/compile';
import { partialLink } from '../../toolchain/partial-link';
import { batchExecutor, singleExecutor, type TaskWork } from '../../util/batch';

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

export const compileLibrary: TaskWork<CompileOptions> = async (opts, cwd) => {
  if (opts.skip) return '';
  const out = join(opts.outDir, `lib${opts.name}.o`);
  const { objects, rebuilt } = await compileSources({ ...opts, cwd });
  if (opts.sources.length === 0) {
    // Header-only library: nothing to link; make sure no stale object remains.
    if (existsSync(resolve(cwd, out))) rmSync(resolve(cwd, out));
  } else {
    // Always relink: cheap, and the exports may have changed with no source.
    await partialLink(cwd, opts.target, objects, opts.exports, out);
  }
  return `${opts.name} (${opts.target}): ${rebuilt} of ${opts.sources.length} source file(s) compiled\n`;
};

export default singleExecutor(compileLibrary);
export const batch = batchExecutor(compileLibrary);
