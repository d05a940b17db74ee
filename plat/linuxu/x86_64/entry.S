/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Process entry and the signal return trampoline for linuxu on x86_64.
 *
 * At _start the kernel leaves argc at (%rsp), then argv[], NULL, envp[],
 * NULL and the auxiliary vector above it. We clear the frame pointer
 * (ending backtraces here), pass the address of argc to
 * linuxu_start() and call it with the 16-byte alignment the ABI wants.
 */

	.section .text._start, "ax", @progbits
	.globl _start
	.type _start, @function
_start:
	xorl %ebp, %ebp
	movq %rsp, %rdi
	andq $-16, %rsp
	call linuxu_start
	ud2
	.size _start, . - _start

/* sa_restorer: the signal handler returns here, with %rsp at the signal
 * frame; rt_sigreturn (15) restores the interrupted context. */
	.section .text.linuxu_sigrestorer, "ax", @progbits
	.globl linuxu_sigrestorer
	.type linuxu_sigrestorer, @function
linuxu_sigrestorer:
	movl $15, %eax
	syscall
	ud2
	.size linuxu_sigrestorer, . - linuxu_sigrestorer

	.section .note.GNU-stack, "", @progbits
