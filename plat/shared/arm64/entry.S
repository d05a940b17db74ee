/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The start of every arm64 image (kvm-arm64, xen-arm64): the arm64
 * Linux "Image" header (64 bytes; see the kernel's booting document for
 * the fields), then the entry prologue that boot.h describes step by
 * step. The header is linked first, so the raw binary the image step
 * writes is a valid Image and the ELF entry point is its first
 * instruction (code0 branches over the header).
 *
 * Entry state (QEMU -kernel, Xen): MMU and caches off, x0 the device
 * tree (0 for a QEMU ELF boot), at EL1, or at EL2 for QEMU with
 * virtualization=on.
 */
#include <uk/arch/cpudefs.h>
#include "boot.h"

#define R_AARCH64_RELATIVE 1027

	.section .text.head, "ax"
	.globl ukplat_arm64_head
	.type ukplat_arm64_head, %function
ukplat_arm64_head:
	b arm64_entry                  /* code0 */
	.long 0                        /* code1 */
	.quad __image_text_offset      /* text_offset (link.ld) */
	.quad __image_size             /* image_size, bss included */
	.quad __image_flags            /* flags (link.ld) */
	.quad 0, 0, 0                  /* res2-res4 */
	.ascii "ARM\x64"               /* magic */
	.long 0                        /* res5: no PE header */
	.size ukplat_arm64_head, . - ukplat_arm64_head

	.section .text.boot, "ax"
	.type arm64_entry, %function
arm64_entry:
	mov x19, x0                    /* the device tree */
	mrs x20, CurrentEL
	ubfx x20, x20, #2, #2          /* the EL we were entered at */
	cmp x20, #2
	b.ne 1f
	bl arm64_el2_to_el1            /* returns at EL1 */
1:	msr daifset, #0xf

	/* FP/SIMD on at EL1 before any C code, which may use it (at EL2,
	 * el2.S left CPTR_EL2 without FP traps), in a known state: round
	 * to nearest, no traps, no flags (FPCR's reset value is UNKNOWN). */
	mov x0, #ARM64_CPACR_FPEN_ALL
	msr cpacr_el1, x0
	isb
	msr fpcr, xzr
	msr fpsr, xzr

	/* Relocate: x21 = load address - link address (linked at 0). */
	adrp x21, __image_start
	add x21, x21, :lo12:__image_start
	adrp x1, __rela_start
	add x1, x1, :lo12:__rela_start
	adrp x2, __rela_end
	add x2, x2, :lo12:__rela_end
2:	cmp x1, x2
	b.hs 3f
	ldp x3, x4, [x1], #16          /* r_offset, r_info */
	ldr x5, [x1], #8               /* r_addend */
	cmp w4, #R_AARCH64_RELATIVE
	b.ne 2b
	add x5, x5, x21
	str x5, [x3, x21]
	b 2b

	/* Zero .bss. */
3:	adrp x0, __bss_start
	add x0, x0, :lo12:__bss_start
	adrp x1, __bss_end
	add x1, x1, :lo12:__bss_end
4:	cmp x0, x1
	b.hs 5f
	stp xzr, xzr, [x0], #16
	b 4b

	/* Traps: vectors.S, on SP_EL1; the rest on SP_EL0. */
5:	adrp x0, arm64_vectors
	add x0, x0, :lo12:arm64_vectors
	msr vbar_el1, x0
	isb
	adrp x0, arm64_exc_stack_top
	add x0, x0, :lo12:arm64_exc_stack_top
	mov sp, x0
	msr spsel, #0
	adrp x0, arm64_boot_stack_top
	add x0, x0, :lo12:arm64_boot_stack_top
	mov sp, x0

	mov x0, x19
	mov x29, xzr                   /* ends backtraces */
	mov x30, xzr
	bl arm64_plat_mmu_init
	mov x0, x19
	mov x1, x20
	mov x29, xzr
	mov x30, xzr
	bl arm64_plat_setup
6:	wfi
	b 6b
	.size arm64_entry, . - arm64_entry
