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
 * Every exception is fatal today: prints a crash dump and terminates
 * with UKPLAT_STATUS_CRASH. (If it returned, vectors.S would restore
 * regs and return from the exception.)
 */
void kvm_arm64_trap(struct ukarch_regs *regs, unsigned long entry);

#endif /* KVM_ARM64_TRAP_H */
