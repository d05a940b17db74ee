/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Process entry and the signal return trampoline for linuxu on arm64.
 *
 * At _start the kernel leaves argc at [sp], then argv[], NULL, envp[],
 * NULL and the auxiliary vector above it; sp is 16-byte aligned. We
 * clear the frame pointer and link register (ending backtraces here)
 * and pass the address of argc to linuxu_start().
 */

	.section .text._start, "ax", %progbits
	.globl _start
	.type _start, %function
_start:
	mov x29, xzr
	mov x30, xzr
	mov x0, sp
	bl linuxu_start
	brk #0
	.size _start, . - _start

/* sa_restorer: the signal handler returns here, with sp at the signal
 * frame; rt_sigreturn (139) restores the interrupted context. */
	.section .text.linuxu_sigrestorer, "ax", %progbits
	.globl linuxu_sigrestorer
	.type linuxu_sigrestorer, %function
linuxu_sigrestorer:
	mov x8, #139
	svc #0
	brk #0
	.size linuxu_sigrestorer, . - linuxu_sigrestorer

	.section .note.GNU-stack, "", %progbits
