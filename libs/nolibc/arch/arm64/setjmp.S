/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * setjmp/longjmp for arm64 (AAPCS64). jmp_buf layout (bytes): 0 x19 ..
 * 72 x28, 80 x29 (frame pointer), 88 x30 (return address), 96 sp,
 * 104 d8 .. 160 d15. The d registers are saved only where the code may
 * use FP/SIMD (__ARM_NEON), which every arm64 target does; code built
 * with -mgeneral-regs-only may run where FP access traps, so it must
 * not touch them.
 */

	.section .text.setjmp, "ax", %progbits
	.globl setjmp
	.type setjmp, %function
setjmp:
	stp x19, x20, [x0, #0]
	stp x21, x22, [x0, #16]
	stp x23, x24, [x0, #32]
	stp x25, x26, [x0, #48]
	stp x27, x28, [x0, #64]
	stp x29, x30, [x0, #80]
	mov x2, sp
	str x2, [x0, #96]
#ifdef __ARM_NEON
	stp d8, d9, [x0, #104]
	stp d10, d11, [x0, #120]
	stp d12, d13, [x0, #136]
	stp d14, d15, [x0, #152]
#endif
	mov w0, #0
	ret
	.size setjmp, . - setjmp

	.section .text.longjmp, "ax", %progbits
	.globl longjmp
	.type longjmp, %function
longjmp:
	ldp x19, x20, [x0, #0]
	ldp x21, x22, [x0, #16]
	ldp x23, x24, [x0, #32]
	ldp x25, x26, [x0, #48]
	ldp x27, x28, [x0, #64]
	ldp x29, x30, [x0, #80]
	ldr x2, [x0, #96]
	mov sp, x2
#ifdef __ARM_NEON
	ldp d8, d9, [x0, #104]
	ldp d10, d11, [x0, #120]
	ldp d12, d13, [x0, #136]
	ldp d14, d15, [x0, #152]
#endif
	cmp w1, #0
	csinc w0, w1, wzr, ne  /* longjmp(env, 0) makes setjmp return 1 */
	ret
	.size longjmp, . - longjmp

	.section .note.GNU-stack, "", %progbits
