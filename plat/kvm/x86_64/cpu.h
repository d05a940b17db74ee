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

/** Interrupt vectors: the LAPIC timer and the LAPIC spurious vector. */
#define KVM_VEC_TIMER 0xf0
#define KVM_VEC_SPURIOUS 0xff
/** Device interrupts (IOAPIC lines, MSIs): vectors FIRST .. FIRST+COUNT-1. */
#define KVM_VEC_DEV_FIRST 0x30
#define KVM_VEC_DEV_COUNT 64

/** Install the TSS descriptor in the GDT and load the task register. */
void kvm_tss_init(void);

/** Fill and load the IDT: vectors 0-31, KVM_VEC_TIMER and
 * KVM_VEC_SPURIOUS go to the traps.S stubs. */
void kvm_idt_init(void);

/** Point IDT vector v at the stub at address a (an interrupt gate). */
void kvm_idt_set_gate(unsigned int v, uint64_t a);

/** Entry addresses of the 32 exception stubs (traps.S). */
extern const uint64_t kvm_trap_stubs[32];
/** Entry addresses of the stubs for KVM_VEC_TIMER, KVM_VEC_SPURIOUS. */
extern const uint64_t kvm_irq_stubs[2];
/** Entry addresses of the device vector stubs, from KVM_VEC_DEV_FIRST. */
extern const uint64_t kvm_dev_irq_stubs[KVM_VEC_DEV_COUNT];

/**
 * Called by the stubs with the saved registers. Interrupts (vectors 32
 * and up) go to kvm_irq_handler(); every exception is fatal: prints a
 * crash dump and terminates with UKPLAT_STATUS_CRASH.
 */
void kvm_trap_handler(struct ukarch_regs *regs);

/**
 * Handler of interrupt vectors (32 and up), installed by the code that
 * enables an interrupt source (time.c, on the first ukplat_timer_arm()),
 * so images that never use one do not link its code. Interrupts are
 * taken only inside ukplat_halt().
 */
extern void (*kvm_irq_handler)(unsigned int vector);

/**
 * Handler of the device vectors, installed by irq.c when the first
 * device interrupt is registered (uk/plat/irq.h).
 */
extern void (*kvm_dev_irq_handler)(unsigned int vector);

#endif /* KVM_X86_64_CPU_H */
