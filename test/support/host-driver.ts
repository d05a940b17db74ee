/**
 * A C test driver built for the host with the address and undefined-
 * behaviour sanitizers (-O1 -g, warnings as errors), in a temporary
 * folder of its own: for the unit tests that drive pool or app code
 * (a parser, a frame handler) with fixed and random inputs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from './run';

export const SANITIZE = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all'];

export interface HostDriver {
  /** The executable's path. */
  path: string;
  /** Remove its folder. */
  dispose(): void;
}

/** Compile `args` (flags, include folders and sources, relative to the repository) into `name`; throws with clang's output. */
export function buildHostDriver(name: string, args: readonly string[]): HostDriver {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const path = join(dir, name);
  const r = exec('clang', ['-std=c11', '-O1', '-g', '-Wall', '-Wextra', '-Werror', ...SANITIZE, ...args, '-o', path]);
  if (r.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`clang could not build ${name}:\n${r.stdout}${r.stderr}`);
  }
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
