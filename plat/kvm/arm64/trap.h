/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * trap.h - the C side of the exception vectors (vectors.S).
 */
#ifndef KVM_ARM64_TRAP_H
#define KVM_ARM64_TRAP_H

#include <uk/arch/regs.h>

/**
 * Called by every vector entry with the saved registers and the entry
 * number (group * 4 + kind; groups: EL1 on SP_EL0, EL1 on SP_EL1, lower
 * EL AArch64, lower EL AArch32; kinds: synchronous, IRQ, FIQ, SError).
 * An IRQ goes to the timer code (arm64_gtimer_irq()) and returns, and
 * vectors.S restores regs and returns from the exception. Everything
 * else, an IRQ nobody handles included, is fatal: a crash dump, then
 * termination with UKPLAT_STATUS_CRASH.
 */
void kvm_arm64_trap(struct ukarch_regs *regs, unsigned long entry);

#endif /* KVM_ARM64_TRAP_H */
