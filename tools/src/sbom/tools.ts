/**
 * The toolchain as the SBOM names it: compiler and linker with their
 * versions, from `--version` (the same programs the toolchain identity
 * puts in every compile and link hash, toolchain/tools.ts).
 */
import { basename } from 'node:path';
import { toolchainFor } from '../toolchain/select';
import { runOrFail } from '../toolchain/tools';
import type { ToolVersion } from './spdx';

async function versionOf(program: string): Promise<ToolVersion> {
  const r = await runOrFail(`asking ${program} its version`, program, ['--version'], process.cwd());
  const banner = r.stdout.split('\n')[0]!.trim();
  const version = /(\d+\.\d+(?:\.\d+)?)/.exec(banner)?.[1] ?? 'NOASSERTION';
  return { name: basename(program), version, banner };
}

/** Compiler and linker of a target's toolchain (UK_TOOLCHAIN). */
export async function toolVersions(target: string): Promise<ToolVersion[]> {
  const tc = toolchainFor(target);
  return [await versionOf(tc.cc), await versionOf(tc.ld)];
}
