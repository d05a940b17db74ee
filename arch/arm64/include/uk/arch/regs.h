/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/regs.h - the register frames saved on a trap (synchronous
 * exception, IRQ, FIQ, SError) on arm64.
 *
 * struct ukarch_regs: the entry code stores x0-x30, the interrupted
 * stack pointer, ELR (where the trap happened or will return to), SPSR
 * (the interrupted PSTATE), ESR (why) and FAR (the faulting address, for
 * aborts) at the lowest address of the frame, in this order.
 *
 * struct ukarch_fpregs: the FP/SIMD state an interrupted context may
 * have live, saved below it before any C code runs: FPCR, FPSR and all
 * of q0-q31 (an interrupt can come at any instruction, and C code
 * preserves only the low halves of v8-v15).
 *
 * Both sizes keep the stack 16-byte aligned.
 */
#ifndef UK_ARCH_REGS_H
#define UK_ARCH_REGS_H

/** Size in bytes of struct ukarch_regs (usable from assembly). */
#define UKARCH_REGS_SIZE 288
/* Offsets for the assembly that fills the frame */
#define UKARCH_REGS_X(n) (8 * (n))
#define UKARCH_REGS_SP 248
#define UKARCH_REGS_ELR 256
#define UKARCH_REGS_SPSR 264
#define UKARCH_REGS_ESR 272
#define UKARCH_REGS_FAR 280

/** Size in bytes of struct ukarch_fpregs (usable from assembly). */
#define UKARCH_FPREGS_SIZE 528
#define UKARCH_FPREGS_FPCR 0
#define UKARCH_FPREGS_FPSR 8
#define UKARCH_FPREGS_Q(n) (16 + 16 * (n))

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/** General registers and exception state, lowest address first. */
struct ukarch_regs {
	/** x0-x30; x29 is the frame pointer, x30 the link register */
	uint64_t x[31];
	uint64_t sp;   /**< stack pointer when the trap was taken */
	uint64_t elr;  /**< exception link register: pc of the trap */
	uint64_t spsr; /**< saved PSTATE */
	uint64_t esr;  /**< exception syndrome */
	uint64_t far;  /**< fault address (aborts, alignment faults) */
};

/** FP/SIMD control, status and registers, lowest address first. */
struct ukarch_fpregs {
	uint64_t fpcr;	   /**< FP control: rounding mode, traps */
	uint64_t fpsr;	   /**< FP status: cumulative exception flags */
	uint64_t q[32][2]; /**< q0-q31, low 64 bits first */
};

_Static_assert(sizeof(struct ukarch_fpregs) == UKARCH_FPREGS_SIZE,
	       "UKARCH_FPREGS_SIZE does not match struct ukarch_fpregs");
_Static_assert(offsetof(struct ukarch_fpregs, q) == UKARCH_FPREGS_Q(0),
	       "UKARCH_FPREGS_Q");

_Static_assert(sizeof(struct ukarch_regs) == UKARCH_REGS_SIZE,
	       "UKARCH_REGS_SIZE does not match struct ukarch_regs");
_Static_assert(offsetof(struct ukarch_regs, sp) == UKARCH_REGS_SP,
	       "UKARCH_REGS_SP");
_Static_assert(offsetof(struct ukarch_regs, far) == UKARCH_REGS_FAR,
	       "UKARCH_REGS_FAR");

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_REGS_H */
