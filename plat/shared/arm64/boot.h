/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - the arm64 boot path shared by kvm-arm64 and xen-arm64:
 * entry.S (the Image header and the entry prologue), stacks.S,
 * vectors.S, and the hooks each platform implements for it.
 *
 * entry.S, with the MMU off and x0 = what the loader passed (the device
 * tree, or 0):
 *   1. keeps x0 and the exception level it was entered at; entered at
 *      EL2, drops to EL1 (el2.S);
 *   2. masks every exception (DAIF); turns FP/SIMD on (CPACR_EL1.FPEN)
 *      with FPCR and FPSR cleared (round to nearest, no traps);
 *   3. applies the image's R_AARCH64_RELATIVE relocations (a PIE linked
 *      at 0 and loaded anywhere, like xen-arm64's; a fixed-address image
 *      has none);
 *   4. zeroes .bss, installs arm64_vectors in VBAR_EL1;
 *   5. runs traps on SP_EL1 (the exception stack) and everything else on
 *      SP_EL0 (the boot stack, SPSel = 0), so that a boot stack overflow
 *      into the guard page still gets a crash dump;
 *   6. calls arm64_plat_mmu_init(dtb), then arm64_plat_setup(dtb, el),
 *      each with a zero frame pointer ending backtraces.
 *
 * The linker script defines the header's variable fields (besides
 * __image_size): __image_text_offset and __image_flags, and the
 * relocations' bounds __rela_start and __rela_end (equal when there are
 * none), as well as __image_start, __image_end, __bss_start and
 * __bss_end (16-byte aligned).
 */
#ifndef PLAT_SHARED_ARM64_BOOT_H
#define PLAT_SHARED_ARM64_BOOT_H

#include "../stack.h"

/** Exception stack (SP_EL1): every trap and interrupt runs on it. */
#define ARM64_EXC_STACK_SIZE 16384

#ifndef __ASSEMBLY__
#include <stdbool.h>
#include <stdint.h>

/* From stacks.S */
extern char arm64_boot_stack_guard[]; /* a page, left unmapped */
extern char arm64_boot_stack_top[];
extern char arm64_exc_stack_top[];

/* From vectors.S: the exception vector table (VBAR_EL1) */
extern char arm64_vectors[];

/** True if addr lies in the guard page below the boot stack. */
bool arm64_in_boot_stack_guard(uint64_t addr);

/**
 * Platform hook: build the page tables and turn on the MMU and caches.
 * Runs first, on the boot stack, with the MMU off: every access is to
 * Device memory, where unaligned accesses fault, so it makes aligned
 * ones only. dtb is x0 at entry (the platform may ignore it).
 */
void arm64_plat_mmu_init(uint64_t dtb);

/**
 * Platform hook: the C bring-up once the MMU is on, ending in
 * ukplat_entry(). dtb is x0 at entry, boot_el the exception level the
 * image was entered at (1 or 2). Never returns.
 */
__attribute__((noreturn)) void arm64_plat_setup(uint64_t dtb,
						unsigned int boot_el);
#endif

#endif /* PLAT_SHARED_ARM64_BOOT_H */
