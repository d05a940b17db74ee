/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The start of the image: the arm64 Linux "Image" header (64 bytes; see
 * the kernel's booting documentation for the fields), then the entry
 * code. The header is linked first, so the raw binary written by the
 * image step is a valid Image and the ELF's entry point is its first
 * instruction (code0 branches over the header).
 *
 * Entry state (QEMU -kernel, ELF or Image): MMU and caches off, x0 the
 * DTB address for Image boots (0 for ELF boots), at EL1 or at EL2 with
 * virtualization=on (then we drop to EL1, see el2.S).
 */
#include <uk/arch/cpudefs.h>
#include "boot.h"

	.section .text.head, "ax"
	.globl ukplat_kvm_arm64_head
	.type ukplat_kvm_arm64_head, %function
ukplat_kvm_arm64_head:
	b kvm_arm64_entry              /* code0 */
	.long 0                        /* code1 */
	.quad KVM_ARM64_TEXT_OFFSET    /* text_offset */
	.quad __image_size             /* image_size, bss included (link.ld) */
	.quad KVM_ARM64_IMAGE_FLAGS    /* flags */
	.quad 0                        /* res2 */
	.quad 0                        /* res3 */
	.quad 0                        /* res4 */
	.ascii "ARM\x64"               /* magic */
	.long 0                        /* res5: no PE header */
	.size ukplat_kvm_arm64_head, . - ukplat_kvm_arm64_head

	.section .text.boot, "ax"
	.type kvm_arm64_entry, %function
kvm_arm64_entry:
	mov x19, x0                    /* DTB from the loader */
	mrs x20, CurrentEL
	ubfx x20, x20, #2, #2          /* the EL we were entered at */
	cmp x20, #2
	b.ne 1f
	bl kvm_arm64_el2_to_el1        /* returns at EL1 */
1:	msr daifset, #0xf

	adrp x0, kvm_arm64_vectors
	add x0, x0, :lo12:kvm_arm64_vectors
	msr vbar_el1, x0
	isb

	/* Zero .bss (16-byte aligned, page-aligned ends: see link.ld). */
	adrp x0, __bss_start
	add x0, x0, :lo12:__bss_start
	adrp x1, __bss_end
	add x1, x1, :lo12:__bss_end
2:	cmp x0, x1
	b.hs 3f
	stp xzr, xzr, [x0], #16
	b 2b

	/* Traps run on SP_EL1 (the exception stack); everything else on
	 * SP_EL0 (the boot stack), selected by SPSel = 0. */
3:	adrp x0, kvm_exc_stack_top
	add x0, x0, :lo12:kvm_exc_stack_top
	mov sp, x0
	adrp x0, kvm_stack_top
	add x0, x0, :lo12:kvm_stack_top
	msr sp_el0, x0
	msr spsel, #0
	mov sp, x0

	mov x29, xzr                   /* ends backtraces */
	mov x30, xzr
	bl kvm_arm64_mmu_init
	mov x0, x19
	mov x1, x20
	mov x29, xzr
	mov x30, xzr
	bl kvm_arm64_setup
4:	wfi
	b 4b
	.size kvm_arm64_entry, . - kvm_arm64_entry
