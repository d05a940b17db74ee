/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * First 64-bit code: data segments, boot stack, x87/SSE state, then
 * kvm_setup(magic, info) with a zero frame pointer ending backtraces.
 * Entered from boot32.S with %esi = boot magic, %ebp = boot info.
 */
#include <uk/arch/cpudefs.h>
#include "boot.h"

	.section .text.boot64, "ax"
	.code64
	.globl kvm_start64
	.type kvm_start64, @function
kvm_start64:
	movl $KVM_GDT_DATA, %eax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	xorl %eax, %eax
	movw %ax, %fs
	movw %ax, %gs

	movq $kvm_stack_top, %rsp

	fninit
	pushq $X86_MXCSR_DEFAULT
	ldmxcsr (%rsp)
	addq $8, %rsp

	movl %esi, %edi   /* zero-extends: magic */
	movl %ebp, %esi   /* boot info address */
	xorl %ebp, %ebp
	call kvm_setup

1:	cli
	hlt
	jmp 1b
