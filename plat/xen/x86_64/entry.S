/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PV entry. Xen starts the vCPU in 64-bit mode (ring 3, as PV kernels
 * run), events masked, %rsi = start_info (virtual), %rsp = a one-page
 * bootstrap stack after the bootstrap page tables. We switch to our own
 * stack in .bss, set up x87/SSE and call xen_setup(start_info,
 * entry %rsp) with a zero frame pointer ending backtraces.
 *
 * Also here: the hypercall page Xen fills (HYPERCALL_PAGE note), and
 * the boot stack with an unmapped guard page below it (mmu.c unmaps it).
 */
#include <uk/arch/cpudefs.h>
#include "boot.h"

	.section .text.boot, "ax"
	.code64
	.globl ukplat_xen_start
	.type ukplat_xen_start, @function
ukplat_xen_start:
	cld
	movq %rsp, %rbx
	movq $xen_stack_top, %rsp
	fninit
	pushq $X86_MXCSR_DEFAULT
	ldmxcsr (%rsp)
	addq $8, %rsp
	movq %rsi, %rdi   /* start_info */
	movq %rbx, %rsi   /* bootstrap stack pointer */
	xorl %ebp, %ebp
	call xen_setup
1:	ud2
	jmp 1b

	.section .text.hypercall_page, "ax"
	.balign UKARCH_PAGE_SIZE
	.globl xen_hypercall_page
xen_hypercall_page:
	.fill UKARCH_PAGE_SIZE, 1, 0xcc   /* int3 until Xen writes the stubs */

	.section .bss.xen_boot_stack, "aw", @nobits
	.balign UKARCH_PAGE_SIZE
	.globl xen_stack_guard, xen_stack_top
xen_stack_guard:
	.skip UKARCH_PAGE_SIZE
	.skip PLAT_STACK_SIZE
xen_stack_top:
