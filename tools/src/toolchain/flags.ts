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
  '-fno-omit-frame-pointer',
  '-ffunction-sections',
  '-fdata-sections',
  '-fno-common',
  '-fno-pic',
  '-D__UKRAFT__',
];

/**
 * Stack protector flags (option ukplat.STACK_PROTECTOR, on by default):
 * -fstack-protector-strong with the canary in the global
 * __stack_chk_guard on both architectures (x86_64 would read %fs:0x28:
 * the thread blocks of uk/plat/tls.h have that slot, but zeroed, not the
 * random canary; arm64 is global by default), set at boot by
 * plat/shared/stackprot.c.
 */
export function stackProtectorFlags(target: string, on: boolean): string[] {
  if (!on) return ['-fno-stack-protector'];
  return ['-fstack-protector-strong', ...(target.endsWith('-x86_64') ? ['-mstack-protector-guard=global'] : [])];
}

/** Full flags for one source file (.S files also get -D__ASSEMBLY__), for the selected toolchain. */
export function cflagsFor(
  target: string,
  file: string,
  configHeader: string,
  includeDirs: readonly string[],
  stackProtector = false,
): string[] {
  const tc = toolchainFor(target);
  return [
    ...tc.cflags,
    ...COMMON_CFLAGS.flatMap((f) => tc.replace[f] ?? [f]),
    ...stackProtectorFlags(target, stackProtector),
    ...(file.endsWith('.S') ? ['-D__ASSEMBLY__'] : []),
    '-include',
    configHeader,
    ...includeDirs.map((d) => `-I${d}`),
  ];
}
