/**
 * Which toolchain builds the C code: clang + ld.lld (the default) or,
 * for targets that offer it, GNU gcc + ld.bfd, chosen by one setting:
 * the environment variable UK_TOOLCHAIN (`clang` or `gcc`). It is an
 * input of every compile and link (tools/src/graph/targets.ts), so
 * switching never reuses the other toolchain's objects.
 */
import { execFileSync } from 'node:child_process';
import { UkError } from '../util/errors';
import { targetFlags } from './target-flags';
import { findTool } from './tools';

export const TOOLCHAIN_ENV = 'UK_TOOLCHAIN';
export type ToolchainName = 'clang' | 'gcc';

export interface Toolchain {
  name: ToolchainName;
  /** Compiler driver and linker (for -r partial links and the final link). */
  cc: string;
  ld: string;
  /** Flags before the common ones, replacing the target's clang flags. */
  cflags: readonly string[];
  /** Common flags this compiler does not know, with their replacement. */
  replace: Readonly<Record<string, readonly string[]>>;
  ldflags: readonly string[];
}

/** The toolchain UK_TOOLCHAIN asks for (clang when unset). */
export function toolchainName(): ToolchainName {
  const v = process.env[TOOLCHAIN_ENV] ?? '';
  if (v === '' || v === 'clang') return 'clang';
  if (v === 'gcc') return 'gcc';
  throw new UkError(`${TOOLCHAIN_ENV}=${v} is not a toolchain: use 'clang' (the default) or 'gcc'`);
}

const gccIncludes = new Map<string, string>();

/** gcc's own freestanding headers (stddef.h, stdint.h, ...): `gcc -print-file-name=include`. */
function gccInclude(cc: string): string {
  let dir = gccIncludes.get(cc);
  if (dir === undefined) {
    dir = execFileSync(cc, ['-print-file-name=include'], { encoding: 'utf8' }).trim();
    gccIncludes.set(cc, dir);
  }
  return dir;
}

/** The toolchain for a build target, per UK_TOOLCHAIN. */
export function toolchainFor(target: string): Toolchain {
  const spec = targetFlags(target);
  if (toolchainName() === 'clang') {
    return {
      name: 'clang',
      cc: findTool('clang'),
      ld: findTool('ld.lld'),
      cflags: spec.cflags,
      replace: {},
      ldflags: spec.ldflags,
    };
  }
  if (!spec.gcc) {
    throw new UkError(
      `${TOOLCHAIN_ENV}=gcc: target ${target} has no gcc toolchain (only clang); unset ${TOOLCHAIN_ENV} to build it`,
    );
  }
  const cc = findTool(spec.gcc.cc);
  return {
    name: 'gcc',
    cc,
    ld: findTool(spec.gcc.ld),
    cflags: spec.gcc.cflags,
    // -nostdlibinc is clang's: drop the C library's headers, keep the
    // compiler's. gcc's limits.h would chain to a C library's limits.h
    // (#include_next) unless it believes one was already included.
    replace: { '-nostdlibinc': ['-nostdinc', '-isystem', gccInclude(cc), '-D_LIBC_LIMITS_H_'] },
    ldflags: spec.gcc.ldflags,
  };
}
