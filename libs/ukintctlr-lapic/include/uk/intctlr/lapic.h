/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/intctlr/lapic.h - the local APIC in xAPIC mode at its reset address
 * (0xfee00000, identity-mapped by the platform), and the legacy 8259
 * PICs. The APIC timer counts at the bus clock divided by 1 in one-shot
 * mode, or fires at a TSC value in TSC-deadline mode; turning time into
 * counts or TSC ticks is the caller's job.
 */
#ifndef UK_INTCTLR_LAPIC_H
#define UK_INTCTLR_LAPIC_H

#include <stdint.h>

/** Software-enable the APIC with the given spurious vector; timer masked. */
void uk_lapic_init(uint8_t spurious_vector);

/** Signal the end of the interrupt being handled (not for spurious ones). */
void uk_lapic_eoi(void);

/** This CPU's APIC id (the destination of IOAPIC entries and MSIs). */
uint8_t uk_lapic_id(void);

/**
 * Raise vector on this CPU (a self IPI): it is taken like a device
 * interrupt once interrupts are enabled (re-delivering one held back).
 */
void uk_lapic_self_ipi(uint8_t vector);

/** Whether the CPU's APIC timer has TSC-deadline mode (CPUID.1:ECX[24]). */
int uk_lapic_has_tsc_deadline(void);

/** TSC-deadline mode: interrupt on vector once the TSC reaches tsc. */
void uk_lapic_timer_deadline(uint8_t vector, uint64_t tsc);

/**
 * One-shot mode: interrupt on vector after count APIC timer ticks; with
 * vector masked (masked != 0) the count runs without interrupting, which
 * is how a caller measures the timer's rate.
 */
void uk_lapic_timer_oneshot(uint8_t vector, uint32_t count, int masked);

/** Ticks left in the current one-shot count (0 once it expired). */
uint32_t uk_lapic_timer_current(void);

/** Stop the timer in either mode and mask its interrupt. */
void uk_lapic_timer_stop(uint8_t vector);

/** Mask every line of both 8259 PICs, so no legacy interrupt reaches the CPU. */
void uk_pic8259_mask_all(void);

#endif /* UK_INTCTLR_LAPIC_H */
