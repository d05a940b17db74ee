/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * cpu.h - the CPU tables set up in 64-bit mode: the TSS (giving the
 * double-fault, NMI and machine-check handlers their own stack) and the
 * IDT (exception vectors 0-31), and the exception handler they lead to.
 */
#ifndef KVM_X86_64_CPU_H
#define KVM_X86_64_CPU_H

#include <stdint.h>
#include <uk/arch/regs.h>

/** Interrupt-stack-table slot used for #DF, NMI and #MC. */
#define KVM_IST_FAULT 1

/** Install the TSS descriptor in the GDT and load the task register. */
void kvm_tss_init(void);

/** Fill and load the IDT: vectors 0-31 go to the traps.S stubs. */
void kvm_idt_init(void);

/** Entry addresses of the 32 exception stubs (traps.S). */
extern const uint64_t kvm_trap_stubs[32];

/**
 * Called by the stubs with the saved registers. Every exception is
 * fatal: prints a crash dump and terminates with UKPLAT_STATUS_CRASH.
 */
void kvm_trap_handler(struct ukarch_regs *regs);

#endif /* KVM_X86_64_CPU_H */
