/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Context switch on x86_64 (System V ABI): rbp rbx r12-r15, MXCSR and
 * the x87 control word are callee-saved; the return address is on the
 * stack. Frame, from the saved stack pointer up: MXCSR (4 bytes) and x87
 * CW (2) in 8 bytes, r15, r14, r13, r12, rbx, rbp, return address.
 */

	.section .text.uksched_arch_switch, "ax", @progbits
	.globl uksched_arch_switch
	.type uksched_arch_switch, @function
/* void uksched_arch_switch(void **prev_sp, void *next_sp) */
uksched_arch_switch:
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	subq $8, %rsp
	stmxcsr (%rsp)
	fnstcw 4(%rsp)
	movq %rsp, (%rdi)
	movq %rsi, %rsp
	ldmxcsr (%rsp)
	fldcw 4(%rsp)
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.size uksched_arch_switch, . - uksched_arch_switch

/* First code of a new thread: uksched_arch_init_stack() left the entry
 * function in r12 and the thread in r13; %rsp is 16-byte aligned. */
	.section .text.uksched_arch_start, "ax", @progbits
	.globl uksched_arch_start
	.type uksched_arch_start, @function
uksched_arch_start:
	movq %r13, %rdi
	call *%r12
	ud2
	.size uksched_arch_start, . - uksched_arch_start

	.section .note.GNU-stack, "", @progbits
