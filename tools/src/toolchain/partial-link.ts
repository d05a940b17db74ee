/**
 * A library's objects → one relocatable object whose only global
 * definitions are the library's exports. Everything else becomes local,
 * so libraries cannot reach each other's internals.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tempPathFor, withTempOutput, writeFileAtomic } from '../fs/atomic-write';
import { toolchainFor } from './select';
import { findTool, runOrFail } from './tools';
import { checkExports, definedSymbols } from './symbols';

/** A name no library defines: keeps nothing global when exports is empty. */
const NO_EXPORTS = '__ukraft_no_exports__';

export async function partialLink(
  cwd: string,
  target: string,
  objects: readonly string[],
  exports: readonly string[],
  out: string,
  lib: { name: string; manifest: string; mentioned: (symbol: string) => boolean },
): Promise<void> {
  const ld = toolchainFor(target).ld;
  const objcopy = findTool('llvm-objcopy');
  // Every step writes a name unique to this run and only `out` is renamed into place, so two
  // builds linking the same library never touch each other's intermediate files.
  const final = resolve(cwd, out);
  const merged = tempPathFor(`${final}.merged`);
  const list = tempPathFor(`${final}.exports`);
  try {
    await withTempOutput(final, async (tmpOut) => {
      await runOrFail(`partially linking ${out}`, ld, ['-r', '-o', merged, ...objects], cwd);
      // Every export must be a global definition of the library's own objects, for this target.
      checkExports(lib, target, exports, await definedSymbols(cwd, merged), lib.mentioned);
      writeFileSync(list, `${(exports.length ? exports : [NO_EXPORTS]).join('\n')}\n`);
      await runOrFail(`localizing ${out}`, objcopy, [`--keep-global-symbols=${list}`, merged, tmpOut], cwd);
    });
    // The list stays beside the object (<lib>.o.exports): what the library promised to export.
    writeFileAtomic(`${final}.exports`, `${(exports.length ? exports : [NO_EXPORTS]).join('\n')}\n`);
  } finally {
    rmSync(merged, { force: true });
    rmSync(list, { force: true });
  }
}
