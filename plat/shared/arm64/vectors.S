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
#include "regsave.h"

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
	SAVE_X2_X30

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

	SAVE_FPREGS

	add x0, sp, #UKARCH_FPREGS_SIZE
	mov x29, xzr
	bl arm64_trap

	EXCEPTION_RETURN
	.size trap_common, . - trap_common
