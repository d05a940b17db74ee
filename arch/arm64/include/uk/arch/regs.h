/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/regs.h - the register frame saved on a trap (synchronous
 * exception, IRQ, FIQ, SError) on arm64.
 *
 * The entry code stores x0-x30, the interrupted stack pointer, ELR
 * (where the trap happened or will return to), SPSR (the interrupted
 * PSTATE), ESR (why) and FAR (the faulting address, for aborts) at the
 * lowest address of the frame, in this order. UKARCH_REGS_SIZE keeps
 * the stack 16-byte aligned.
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

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/** General registers and exception state, lowest address first. */
struct ukarch_regs {
	uint64_t x[31]; /**< x0-x30; x29 is the frame pointer, x30 the link register */
	uint64_t sp;    /**< stack pointer when the trap was taken */
	uint64_t elr;   /**< exception link register: pc of the trap */
	uint64_t spsr;  /**< saved PSTATE */
	uint64_t esr;   /**< exception syndrome */
	uint64_t far;   /**< fault address (aborts, alignment faults) */
};

_Static_assert(sizeof(struct ukarch_regs) == UKARCH_REGS_SIZE,
	       "UKARCH_REGS_SIZE does not match struct ukarch_regs");
_Static_assert(offsetof(struct ukarch_regs, sp) == UKARCH_REGS_SP,
	       "UKARCH_REGS_SP");
_Static_assert(offsetof(struct ukarch_regs, far) == UKARCH_REGS_FAR,
	       "UKARCH_REGS_FAR");

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_REGS_H */
