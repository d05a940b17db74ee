/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * gtimer.h - shared by the arm64 platforms (kvm, xen): uk/plat/time.h's
 * monotonic clock, one-shot timer and halt on the generic timer's
 * virtual timer, whose interrupt (a PPI) comes through the GIC.
 *
 * The platform calls arm64_gtimer_init() once at boot, calls
 * arm64_gtimer_irq() from its IRQ vector, and implements the wall clock.
 * IRQs are unmasked (PSTATE.I) only inside ukplat_halt().
 */
#ifndef PLAT_ARM64_GTIMER_H
#define PLAT_ARM64_GTIMER_H

#include <stdint.h>

/**
 * Set up the GIC from the device tree and enable the virtual timer's PPI
 * (from /timer's "interrupts", else PPI 11). Without a usable GIC the
 * platform cannot wait: ukplat_crash() with the reason.
 */
void arm64_gtimer_init(const void *fdt);

/**
 * Handle one IRQ: acknowledge it at the GIC, mask the timer if it is the
 * timer's, end it. Returns 0, or the INTID of an interrupt nobody here
 * handles (acknowledged, not ended: the caller crashes).
 */
unsigned int arm64_gtimer_irq(void);

/** Timer interrupts handled since boot (for tests). */
uint64_t arm64_gtimer_irqs(void);

/** The INTID of the timer interrupt in use (for tests and messages). */
unsigned int arm64_gtimer_intid(void);

#endif /* PLAT_ARM64_GTIMER_H */
