/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/regs.h - the register frame saved on a trap (exception or
 * interrupt).
 *
 * The CPU pushes ss, rsp, rflags, cs, rip (and an error code for some
 * vectors); the platform's stub pushes a zero error code where the CPU
 * does not, then the vector, then the general registers rax first and
 * r15 last. The stub hands the handler a pointer to the lowest address,
 * so the struct lists the fields from r15 upwards.
 */
#ifndef UK_ARCH_REGS_H
#define UK_ARCH_REGS_H

/** Size in bytes of struct ukarch_regs (usable from assembly). */
#define UKARCH_REGS_SIZE 176

#ifndef __ASSEMBLY__
#include <stdint.h>

/** General registers and the CPU's interrupt frame, lowest address first. */
struct ukarch_regs {
	uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
	uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
	uint64_t vector;     /**< pushed by the stub */
	uint64_t error_code; /**< pushed by the CPU, or 0 by the stub */
	uint64_t rip, cs, rflags, rsp, ss; /**< pushed by the CPU */
};

_Static_assert(sizeof(struct ukarch_regs) == UKARCH_REGS_SIZE,
	       "UKARCH_REGS_SIZE does not match struct ukarch_regs");

#else  /* __ASSEMBLY__ */
/* clang-format off */

/*
 * Push the general registers in the order struct ukarch_regs expects
 * (rax first, r15 last, so r15 ends at the lowest address). A stub that
 * pushed the vector (and an error code) then has the whole frame at %rsp.
 */
.macro UKARCH_PUSH_GPRS
	pushq %rax
	pushq %rbx
	pushq %rcx
	pushq %rdx
	pushq %rsi
	pushq %rdi
	pushq %rbp
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
.endm

/* Pop what UKARCH_PUSH_GPRS pushed (r15 first, rax last). */
.macro UKARCH_POP_GPRS
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rbp
	popq %rdi
	popq %rsi
	popq %rdx
	popq %rcx
	popq %rbx
	popq %rax
.endm

/* clang-format on */
#endif /* __ASSEMBLY__ */
#endif /* UK_ARCH_REGS_H */
