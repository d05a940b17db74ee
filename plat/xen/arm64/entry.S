/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The start of the image: the arm64 Image header (Xen's loaders accept
 * only this format for arm64 guests), then the entry code. Xen enters
 * at EL1 with the MMU off and x0 = the device tree's physical address.
 *
 * We mask exceptions, apply our R_AARCH64_RELATIVE relocations (linked
 * at 0, loaded anywhere), zero .bss, install the exception vectors, set
 * SP_EL1 to the exception stack and run on SP_EL0 = the boot stack
 * (SPSel = 0: every exception switches stacks, so a boot stack overflow
 * into the guard page below it still gets a crash dump), and call
 * xen_arm64_setup(dtb) with a zero frame pointer ending backtraces.
 */
#include "boot.h"

#define R_AARCH64_RELATIVE 1027

	.section .text.head, "ax"
	.globl ukplat_xen_arm64_head
	.type ukplat_xen_arm64_head, %function
ukplat_xen_arm64_head:
	b xen_arm64_entry              /* code0 */
	.long 0                        /* code1 */
	.quad 0                        /* text_offset */
	.quad __image_size             /* image_size, bss included */
	.quad XEN_ARM64_IMAGE_FLAGS    /* flags */
	.quad 0, 0, 0                  /* res2-res4 */
	.ascii "ARM\x64"               /* magic */
	.long 0                        /* res5: no PE header */
	.size ukplat_xen_arm64_head, . - ukplat_xen_arm64_head

	.section .text.boot, "ax"
	.type xen_arm64_entry, %function
xen_arm64_entry:
	mov x19, x0
	msr daifset, #0xf

	/* x20 = load address - link address (linked at 0) */
	adrp x20, __image_start
	add x20, x20, :lo12:__image_start
	adrp x1, __rela_start
	add x1, x1, :lo12:__rela_start
	adrp x2, __rela_end
	add x2, x2, :lo12:__rela_end
1:	cmp x1, x2
	b.hs 2f
	ldp x3, x4, [x1], #16          /* r_offset, r_info */
	ldr x5, [x1], #8               /* r_addend */
	cmp w4, #R_AARCH64_RELATIVE
	b.ne 1b
	add x5, x5, x20
	str x5, [x3, x20]
	b 1b

2:	adrp x0, __bss_start
	add x0, x0, :lo12:__bss_start
	adrp x1, __bss_end
	add x1, x1, :lo12:__bss_end
3:	cmp x0, x1
	b.hs 4f
	stp xzr, xzr, [x0], #16
	b 3b

	/* Exceptions: a crash dump (vectors.S). */
4:	adrp x0, xen_arm64_vectors
	add x0, x0, :lo12:xen_arm64_vectors
	msr vbar_el1, x0
	isb
	adrp x0, xen_exc_stack_top
	add x0, x0, :lo12:xen_exc_stack_top
	mov sp, x0
	msr spsel, #0
	adrp x0, xen_stack_top
	add x0, x0, :lo12:xen_stack_top
	mov sp, x0
	mov x0, x19
	mov x29, xzr
	mov x30, xzr
	bl xen_arm64_setup
5:	wfi
	b 5b
	.size xen_arm64_entry, . - xen_arm64_entry

	/* The guard page (unmapped by mmu.c), the boot stack, the exception stack */
	.section .bss.xen_boot_stack, "aw", %nobits
	.balign XEN_ARM64_PAGE
	.globl xen_stack_guard
xen_stack_guard:
	.skip XEN_ARM64_PAGE
	.skip (XEN_STACK_SIZE + XEN_ARM64_PAGE - 1) & ~(XEN_ARM64_PAGE - 1)
	.globl xen_stack_top
xen_stack_top:
	.skip XEN_EXC_STACK_SIZE
	.globl xen_exc_stack_top
xen_exc_stack_top:
