/**
 * Compiler flags per build target (see docs/c-build-contract.md). This is
 * the one place that knows what a target means to the compiler.
 */
import { UkError } from '../util/errors';

export const COMMON_CFLAGS: readonly string[] = [
  '-std=c11',
  '-ffreestanding',
  '-nostdlibinc',
  '-O2',
  '-g',
  '-Wall',
  '-Wextra',
  '-Werror',
  '-fno-stack-protector',
  '-fno-omit-frame-pointer',
  '-ffunction-sections',
  '-fdata-sections',
  '-fno-common',
  '-fno-pic',
  '-D__UKRAFT__',
];

const TARGET_CFLAGS: Record<string, readonly string[]> = {
  'kvm-x86_64': ['--target=x86_64-unknown-none-elf', '-mno-red-zone', '-mcmodel=small'],
  'linuxu-x86_64': ['--target=x86_64-unknown-none-elf'],
};

/** Targets the toolchain can build today. */
export const SUPPORTED_TARGETS: readonly string[] = Object.keys(TARGET_CFLAGS);

export function targetCflags(target: string): readonly string[] {
  const f = TARGET_CFLAGS[target];
  if (!f) {
    throw new UkError(`target ${target} is not supported by the toolchain yet (supported: ${SUPPORTED_TARGETS.join(', ')})`);
  }
  return f;
}

/** Full flags for one source file (.S files also get -D__ASSEMBLY__). */
export function cflagsFor(target: string, file: string, configHeader: string, includeDirs: readonly string[]): string[] {
  return [
    ...targetCflags(target),
    ...COMMON_CFLAGS,
    ...(file.endsWith('.S') ? ['-D__ASSEMBLY__'] : []),
    '-include',
    configHeader,
    ...includeDirs.map((d) => `-I${d}`),
  ];
}
