/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Context switch on arm64 (AAPCS64). uksched_arch_switch() is an
 * ordinary call, so it keeps what the ABI makes callee-saved: x19-x29,
 * x30 (the return address), the low halves of v8-v15 (d8-d15), and the
 * thread's floating-point environment, FPCR (rounding mode, traps) and
 * FPSR (cumulative flags), which C gives thread storage duration. The
 * other FP/SIMD registers are dead across the call by the ABI: the
 * caller has already saved whatever it needs of them. (An interrupt,
 * which is not a call, saves all of q0-q31: plat/shared/arm64/vectors.S.)
 *
 * Frame, from the saved stack pointer up: x19 .. x28, x29, x30,
 * d8 .. d15, FPCR, FPSR (176 bytes).
 */
#define FRAME 176

	.section .text.uksched_arch_switch, "ax", %progbits
	.globl uksched_arch_switch
	.type uksched_arch_switch, %function
/* void uksched_arch_switch(void **prev_sp, void *next_sp) */
uksched_arch_switch:
	sub sp, sp, #FRAME
	stp x19, x20, [sp, #0]
	stp x21, x22, [sp, #16]
	stp x23, x24, [sp, #32]
	stp x25, x26, [sp, #48]
	stp x27, x28, [sp, #64]
	stp x29, x30, [sp, #80]
	stp d8, d9, [sp, #96]
	stp d10, d11, [sp, #112]
	stp d12, d13, [sp, #128]
	stp d14, d15, [sp, #144]
	mrs x2, fpcr
	mrs x3, fpsr
	stp x2, x3, [sp, #160]
	mov x2, sp
	str x2, [x0]
	mov sp, x1
	ldp x19, x20, [sp, #0]
	ldp x21, x22, [sp, #16]
	ldp x23, x24, [sp, #32]
	ldp x25, x26, [sp, #48]
	ldp x27, x28, [sp, #64]
	ldp x29, x30, [sp, #80]
	ldp d8, d9, [sp, #96]
	ldp d10, d11, [sp, #112]
	ldp d12, d13, [sp, #128]
	ldp d14, d15, [sp, #144]
	ldp x2, x3, [sp, #160]
	msr fpcr, x2
	msr fpsr, x3
	add sp, sp, #FRAME
	ret
	.size uksched_arch_switch, . - uksched_arch_switch

/* First code of a new thread: uksched_arch_init_stack() left the thread
 * in x19 and the entry function in x20; sp is 16-byte aligned. */
	.section .text.uksched_arch_start, "ax", %progbits
	.globl uksched_arch_start
	.type uksched_arch_start, %function
uksched_arch_start:
	mov x0, x19
	blr x20
	brk #0
	.size uksched_arch_start, . - uksched_arch_start

	.section .note.GNU-stack, "", %progbits
