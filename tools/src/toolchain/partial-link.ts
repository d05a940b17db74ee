/**
 * A library's objects → one relocatable object whose only global
 * definitions are the library's exports. Everything else becomes local,
 * so libraries cannot reach each other's internals.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toolchainFor } from './select';
import { findTool, runOrFail } from './tools';

/** A name no library defines: keeps nothing global when exports is empty. */
const NO_EXPORTS = '__ukraft_no_exports__';

export async function partialLink(cwd: string, target: string, objects: readonly string[], exports: readonly string[], out: string): Promise<void> {
  const ld = toolchainFor(target).ld;
  const objcopy = findTool('llvm-objcopy');
  const merged = `${out}.partial`;
  await runOrFail(`partially linking ${out}`, ld, ['-r', '-o', merged, ...objects], cwd);
  const list = `${out}.exports`;
  writeFileSync(resolve(cwd, list), `${(exports.length ? exports : [NO_EXPORTS]).join('\n')}\n`);
  await runOrFail(`localizing ${out}`, objcopy, [`--keep-global-symbols=${list}`, merged, out], cwd);
}
