/**
 * Compiler flags (see docs/c-build-contract.md): the common set here, the
 * per-target set in tools/src/targets/.
 */
import { targetSpec } from '../targets';

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

/** Full flags for one source file (.S files also get -D__ASSEMBLY__). */
export function cflagsFor(target: string, file: string, configHeader: string, includeDirs: readonly string[]): string[] {
  return [
    ...targetSpec(target).cflags,
    ...COMMON_CFLAGS,
    ...(file.endsWith('.S') ? ['-D__ASSEMBLY__'] : []),
    '-include',
    configHeader,
    ...includeDirs.map((d) => `-I${d}`),
  ];
}
