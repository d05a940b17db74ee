/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The EL1 exception vector table (VBAR_EL1): 4 groups (current EL on
 * SP_EL0, current EL on SP_ELx, lower EL AArch64, lower EL AArch32) of 4
 * kinds (synchronous, IRQ, FIQ, SError), 0x80 bytes each, 2 KiB aligned.
 *
 * Every entry makes room for struct ukarch_regs (<uk/arch/regs.h>) on
 * SP_EL1, saves x0/x1, puts its number (group * 4 + kind) in x1 and
 * joins trap_common, which saves the rest, then struct ukarch_fpregs
 * below it (FPCR, FPSR, q0-q31: the C handler of an interrupt may use
 * any FP/SIMD register, and the interrupted code may have any of them
 * live), calls arm64_trap(regs, number) (trap.c) and, should it return,
 * restores the (possibly changed) state and returns from the exception.
 */
#include <uk/arch/regs.h>

/* stp or ldp of q0-q31 in struct ukarch_fpregs at sp */
.macro QPAIR op, a, b
	\op q\a, q\b, [sp, #UKARCH_FPREGS_Q(\a)]
.endm
.macro QPAIRS op
	QPAIR \op, 0, 1
	QPAIR \op, 2, 3
	QPAIR \op, 4, 5
	QPAIR \op, 6, 7
	QPAIR \op, 8, 9
	QPAIR \op, 10, 11
	QPAIR \op, 12, 13
	QPAIR \op, 14, 15
	QPAIR \op, 16, 17
	QPAIR \op, 18, 19
	QPAIR \op, 20, 21
	QPAIR \op, 22, 23
	QPAIR \op, 24, 25
	QPAIR \op, 26, 27
	QPAIR \op, 28, 29
	QPAIR \op, 30, 31
.endm

.macro VENTRY n
	.balign 0x80
	sub sp, sp, #UKARCH_REGS_SIZE
	stp x0, x1, [sp, #UKARCH_REGS_X(0)]
	mov x1, #\n
	b trap_common
.endm

	.section .text.vectors, "ax"
	.balign 2048
	.globl arm64_vectors
arm64_vectors:
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	VENTRY \n
	.endr

	.type trap_common, %function
trap_common:
	stp x2, x3, [sp, #UKARCH_REGS_X(2)]
	stp x4, x5, [sp, #UKARCH_REGS_X(4)]
	stp x6, x7, [sp, #UKARCH_REGS_X(6)]
	stp x8, x9, [sp, #UKARCH_REGS_X(8)]
	stp x10, x11, [sp, #UKARCH_REGS_X(10)]
	stp x12, x13, [sp, #UKARCH_REGS_X(12)]
	stp x14, x15, [sp, #UKARCH_REGS_X(14)]
	stp x16, x17, [sp, #UKARCH_REGS_X(16)]
	stp x18, x19, [sp, #UKARCH_REGS_X(18)]
	stp x20, x21, [sp, #UKARCH_REGS_X(20)]
	stp x22, x23, [sp, #UKARCH_REGS_X(22)]
	stp x24, x25, [sp, #UKARCH_REGS_X(24)]
	stp x26, x27, [sp, #UKARCH_REGS_X(26)]
	stp x28, x29, [sp, #UKARCH_REGS_X(28)]
	str x30, [sp, #UKARCH_REGS_X(30)]

	/* The interrupted SP: ours before the frame for group 1 (SP_ELx),
	 * SP_EL0 for the others. */
	add x2, sp, #UKARCH_REGS_SIZE
	mrs x3, sp_el0
	lsr x4, x1, #2
	cmp x4, #1
	csel x2, x2, x3, eq
	str x2, [sp, #UKARCH_REGS_SP]
	mrs x2, elr_el1
	mrs x3, spsr_el1
	stp x2, x3, [sp, #UKARCH_REGS_ELR]
	mrs x2, esr_el1
	mrs x3, far_el1
	stp x2, x3, [sp, #UKARCH_REGS_ESR]

	sub sp, sp, #UKARCH_FPREGS_SIZE
	mrs x2, fpcr
	mrs x3, fpsr
	stp x2, x3, [sp, #UKARCH_FPREGS_FPCR]
	QPAIRS stp

	add x0, sp, #UKARCH_FPREGS_SIZE
	mov x29, xzr
	bl arm64_trap

	QPAIRS ldp
	ldp x2, x3, [sp, #UKARCH_FPREGS_FPCR]
	msr fpcr, x2
	msr fpsr, x3
	add sp, sp, #UKARCH_FPREGS_SIZE

	ldp x2, x3, [sp, #UKARCH_REGS_ELR]
	msr elr_el1, x2
	msr spsr_el1, x3
	ldp x0, x1, [sp, #UKARCH_REGS_X(0)]
	ldp x2, x3, [sp, #UKARCH_REGS_X(2)]
	ldp x4, x5, [sp, #UKARCH_REGS_X(4)]
	ldp x6, x7, [sp, #UKARCH_REGS_X(6)]
	ldp x8, x9, [sp, #UKARCH_REGS_X(8)]
	ldp x10, x11, [sp, #UKARCH_REGS_X(10)]
	ldp x12, x13, [sp, #UKARCH_REGS_X(12)]
	ldp x14, x15, [sp, #UKARCH_REGS_X(14)]
	ldp x16, x17, [sp, #UKARCH_REGS_X(16)]
	ldp x18, x19, [sp, #UKARCH_REGS_X(18)]
	ldp x20, x21, [sp, #UKARCH_REGS_X(20)]
	ldp x22, x23, [sp, #UKARCH_REGS_X(22)]
	ldp x24, x25, [sp, #UKARCH_REGS_X(24)]
	ldp x26, x27, [sp, #UKARCH_REGS_X(26)]
	ldp x28, x29, [sp, #UKARCH_REGS_X(28)]
	ldr x30, [sp, #UKARCH_REGS_X(30)]
	add sp, sp, #UKARCH_REGS_SIZE
	eret
	.size trap_common, . - trap_common
