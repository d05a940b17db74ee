/**
 * Compiler flags (see docs/c-build-contract.md): the common set here, the
 * per-target set in tools/src/targets/.
 */
import { toolchainFor } from './select';

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

/** Full flags for one source file (.S files also get -D__ASSEMBLY__), for the selected toolchain. */
export function cflagsFor(target: string, file: string, configHeader: string, includeDirs: readonly string[]): string[] {
  const tc = toolchainFor(target);
  return [
    ...tc.cflags,
    ...COMMON_CFLAGS.flatMap((f) => tc.replace[f] ?? [f]),
    ...(file.endsWith('.S') ? ['-D__ASSEMBLY__'] : []),
    '-include',
    configHeader,
    ...includeDirs.map((d) => `-I${d}`),
  ];
}
