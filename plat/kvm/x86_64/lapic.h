/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lapic.h - the one-shot timer of uk/plat/time.h on the local APIC
 * (programmed through ukintctlr-lapic): TSC-deadline mode where the CPU
 * has it, else one-shot mode with a count calibrated against the TSC on
 * first use.
 */
#ifndef KVM_X86_64_LAPIC_H
#define KVM_X86_64_LAPIC_H

#include <stdint.h>

/** Enable the APIC (spurious vector KVM_VEC_SPURIOUS), timer masked;
 * once (the timer and device interrupts both need it). */
void kvm_lapic_init(void);
/** Signal the end of the interrupt being handled. */
void kvm_lapic_eoi(void);
/** Interrupt on KVM_VEC_TIMER once the monotonic clock reaches ns. */
void kvm_lapic_timer_at(uint64_t ns);
/** Cancel the timer. */
void kvm_lapic_timer_stop(void);

#endif /* KVM_X86_64_LAPIC_H */
