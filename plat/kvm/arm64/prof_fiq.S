/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The exception vector table while the profiling tick runs (prof.c moves
 * VBAR_EL1 here when profiling starts). Its two FIQ entries from EL1 (on
 * SP_EL0 and on SP_ELx) save the interrupted state like vectors.S's
 * trap_common (struct ukarch_regs, then struct ukarch_fpregs below it:
 * regsave.h), call kvm_prof_fiq(regs) and return. Every other entry
 * (synchronous, IRQ, SError, and FIQ from a lower EL) branches to the
 * same entry of the platform's table, arm64_vectors, with nothing
 * changed, so those exceptions behave exactly as without the profiler.
 * An FIQ is taken only where PSTATE.F is clear: never inside another
 * exception handler (exception entry masks it), so FIQs do not nest and
 * never interrupt the IRQ path.
 */
#include <uk/arch/regs.h>
#include "../../shared/arm64/regsave.h"

/* Entry n: the platform's entry n. */
.macro VSAME n
	.balign 0x80
	b arm64_vectors + \n * 0x80
.endm

.macro VFIQ
	.balign 0x80
	sub sp, sp, #UKARCH_REGS_SIZE
	stp x0, x1, [sp, #UKARCH_REGS_X(0)]
	b prof_fiq_common
.endm

	.section .text.kvm_prof_vectors, "ax"
	.balign 2048
	.globl kvm_prof_vectors
kvm_prof_vectors:
	VSAME 0
	VSAME 1
	VFIQ			/* EL1 on SP_EL0 */
	VSAME 3
	VSAME 4
	VSAME 5
	VFIQ			/* EL1 on SP_ELx */
	.irp n, 7,8,9,10,11,12,13,14,15
	VSAME \n
	.endr

	.type prof_fiq_common, %function
prof_fiq_common:
	SAVE_X2_X30
	mrs x2, elr_el1
	mrs x3, spsr_el1
	stp x2, x3, [sp, #UKARCH_REGS_ELR]
	SAVE_FPREGS

	add x0, sp, #UKARCH_FPREGS_SIZE
	mov x29, xzr
	bl kvm_prof_fiq

	EXCEPTION_RETURN
	.size prof_fiq_common, . - prof_fiq_common
