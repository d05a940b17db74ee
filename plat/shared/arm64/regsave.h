/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * regsave.h - assembler macros (include from .S files only) that save
 * and restore an interrupted context on the stack, shared by the
 * exception vectors (vectors.S) and kvm-arm64's profiling FIQ entry
 * (plat/kvm/arm64/prof_fiq.S):
 *
 * - SAVE_X2_X30 / RESTORE_X0_X30: the general registers in struct
 *   ukarch_regs at sp (x0 and x1 are saved by the vector entry itself);
 * - SAVE_FPREGS / RESTORE_FPREGS: FPCR, FPSR and q0-q31 as struct
 *   ukarch_fpregs, in UKARCH_FPREGS_SIZE bytes pushed below sp (the C
 *   handler may use any FP/SIMD register, and the interrupted code may
 *   have any of them live). SAVE_FPREGS uses x2 and x3;
 * - EXCEPTION_RETURN: all of it undone, then eret.
 */
#ifndef PLAT_SHARED_ARM64_REGSAVE_H
#define PLAT_SHARED_ARM64_REGSAVE_H

#include <uk/arch/regs.h>

/* clang-format off */

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

/* stp or ldp of x2-x29 in struct ukarch_regs at sp */
.macro XPAIRS op
	\op x2, x3, [sp, #UKARCH_REGS_X(2)]
	\op x4, x5, [sp, #UKARCH_REGS_X(4)]
	\op x6, x7, [sp, #UKARCH_REGS_X(6)]
	\op x8, x9, [sp, #UKARCH_REGS_X(8)]
	\op x10, x11, [sp, #UKARCH_REGS_X(10)]
	\op x12, x13, [sp, #UKARCH_REGS_X(12)]
	\op x14, x15, [sp, #UKARCH_REGS_X(14)]
	\op x16, x17, [sp, #UKARCH_REGS_X(16)]
	\op x18, x19, [sp, #UKARCH_REGS_X(18)]
	\op x20, x21, [sp, #UKARCH_REGS_X(20)]
	\op x22, x23, [sp, #UKARCH_REGS_X(22)]
	\op x24, x25, [sp, #UKARCH_REGS_X(24)]
	\op x26, x27, [sp, #UKARCH_REGS_X(26)]
	\op x28, x29, [sp, #UKARCH_REGS_X(28)]
.endm

.macro SAVE_X2_X30
	XPAIRS stp
	str x30, [sp, #UKARCH_REGS_X(30)]
.endm

.macro RESTORE_X0_X30
	ldp x0, x1, [sp, #UKARCH_REGS_X(0)]
	XPAIRS ldp
	ldr x30, [sp, #UKARCH_REGS_X(30)]
.endm

.macro SAVE_FPREGS
	sub sp, sp, #UKARCH_FPREGS_SIZE
	mrs x2, fpcr
	mrs x3, fpsr
	stp x2, x3, [sp, #UKARCH_FPREGS_FPCR]
	QPAIRS stp
.endm

.macro RESTORE_FPREGS
	QPAIRS ldp
	ldp x2, x3, [sp, #UKARCH_FPREGS_FPCR]
	msr fpcr, x2
	msr fpsr, x3
	add sp, sp, #UKARCH_FPREGS_SIZE
.endm

/*
 * Undo an entry's saves and return from the exception: the FP/SIMD state
 * at sp, then ELR_EL1, SPSR_EL1 and x0-x30 from struct ukarch_regs above
 * it (as the handler may have changed them), pop the frame, eret.
 */
.macro EXCEPTION_RETURN
	RESTORE_FPREGS
	ldp x2, x3, [sp, #UKARCH_REGS_ELR]
	msr elr_el1, x2
	msr spsr_el1, x3
	RESTORE_X0_X30
	add sp, sp, #UKARCH_REGS_SIZE
	eret
.endm

/* clang-format on */

#endif /* PLAT_SHARED_ARM64_REGSAVE_H */
