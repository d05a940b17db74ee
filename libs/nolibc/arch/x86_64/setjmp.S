/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * setjmp/longjmp for x86_64 (System V ABI). jmp_buf layout (bytes):
 * 0 rbx, 8 rbp, 16 r12, 24 r13, 32 r14, 40 r15, 48 rsp after setjmp
 * returns, 56 return address, 64 MXCSR (4 bytes), 68 x87 control word.
 */

	.section .text.setjmp, "ax", @progbits
	.globl setjmp
	.type setjmp, @function
setjmp:
	movq %rbx, 0(%rdi)
	movq %rbp, 8(%rdi)
	movq %r12, 16(%rdi)
	movq %r13, 24(%rdi)
	movq %r14, 32(%rdi)
	movq %r15, 40(%rdi)
	leaq 8(%rsp), %rdx
	movq %rdx, 48(%rdi)
	movq (%rsp), %rdx
	movq %rdx, 56(%rdi)
	stmxcsr 64(%rdi)
	fnstcw 68(%rdi)
	xorl %eax, %eax
	ret
	.size setjmp, . - setjmp

	.section .text.longjmp, "ax", @progbits
	.globl longjmp
	.type longjmp, @function
longjmp:
	movl %esi, %eax
	testl %eax, %eax
	jnz 1f
	incl %eax          /* longjmp(env, 0) makes setjmp return 1 */
1:	movq 0(%rdi), %rbx
	movq 8(%rdi), %rbp
	movq 16(%rdi), %r12
	movq 24(%rdi), %r13
	movq 32(%rdi), %r14
	movq 40(%rdi), %r15
	ldmxcsr 64(%rdi)
	fldcw 68(%rdi)
	movq 48(%rdi), %rsp
	jmpq *56(%rdi)
	.size longjmp, . - longjmp

	.section .note.GNU-stack, "", @progbits
