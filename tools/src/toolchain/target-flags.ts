/**
 * What a build target (`<plat>-<arch>`) means to the compiler and the
 * linker: one table for every target. The boot and image steps of a
 * target live in targets/; the toolchain reads only this table, so it
 * never imports the layers after it (docs/plugin-map.md).
 */
import { UkError } from '../util/errors';

export interface GccToolchain {
  /** Compiler driver, e.g. aarch64-linux-gnu-gcc. */
  cc: string;
  /** GNU linker (ld.bfd), for partial and final links. */
  ld: string;
  cflags: readonly string[];
  ldflags: readonly string[];
}

export interface TargetFlags {
  /** Compiler flags specific to this target (before the common ones). */
  cflags: readonly string[];
  /** Extra final-link flags. */
  ldflags: readonly string[];
  /**
   * The GNU toolchain alternative (UK_TOOLCHAIN=gcc, see select.ts):
   * programs and the flags that replace cflags and ldflags. Absent: clang only.
   */
  gcc?: GccToolchain;
}

const X86_64_KERNEL = ['--target=x86_64-unknown-none-elf', '-mno-red-zone', '-mcmodel=small'];

/** Every target the toolchain builds, in the order error messages list them. */
export const TARGET_FLAGS: ReadonlyMap<string, TargetFlags> = new Map<string, TargetFlags>([
  ['kvm-x86_64', { cflags: X86_64_KERNEL, ldflags: [] }],
  ['linuxu-x86_64', { cflags: ['--target=x86_64-unknown-none-elf'], ldflags: [] }],
  ['xen-x86_64', { cflags: X86_64_KERNEL, ldflags: [] }],
  [
    'kvm-arm64',
    {
      // FP/SIMD is on: the boot code enables it, the vectors and the thread
      // switch save it (docs/arm64.md).
      cflags: ['--target=aarch64-unknown-none-elf'],
      ldflags: ['-z', 'max-page-size=4096'],
      gcc: {
        cc: 'aarch64-linux-gnu-gcc',
        ld: 'aarch64-linux-gnu-ld',
        // gcc 12 calls libgcc's out-of-line atomics (__aarch64_swp4_acq, ...)
        // by default; there is no libgcc in the image, so inline them.
        cflags: ['-mcmodel=small', '-fno-pie', '-mno-outline-atomics'],
        ldflags: ['-z', 'max-page-size=4096'],
      },
    },
  ],
  [
    'linuxu-arm64',
    {
      cflags: ['--target=aarch64-unknown-none-elf'],
      ldflags: [],
      gcc: {
        cc: 'aarch64-linux-gnu-gcc',
        ld: 'aarch64-linux-gnu-ld',
        cflags: ['-fno-pie', '-mno-outline-atomics'],
        ldflags: [],
      },
    },
  ],
  [
    'xen-arm64',
    {
      // No -mstrict-align: the MMU and caches go on before any code that
      // could make an unaligned access (plat/xen/arm64/mmu.c), and unaligned
      // accesses to normal memory are fine.
      cflags: ['--target=aarch64-unknown-none-elf'],
      ldflags: ['-pie', '--no-dynamic-linker', '-z', 'notext', '-z', 'max-page-size=4096'],
    },
  ],
]);

export function targetFlags(name: string): TargetFlags {
  const flags = TARGET_FLAGS.get(name);
  if (!flags) {
    throw new UkError(
      `target ${name} is not supported by the toolchain yet (supported: ${[...TARGET_FLAGS.keys()].join(', ')})`,
    );
  }
  return flags;
}
