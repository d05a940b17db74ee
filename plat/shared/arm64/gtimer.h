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
 * Keep the device tree (it must stay mapped and unclobbered) and quiet the
 * timer. On the first ukplat_halt() the GIC is set up from the tree and
 * the virtual timer's PPI enabled (from /timer's "interrupts", else PPI
 * 11); without a usable GIC the platform cannot wait: ukplat_crash() with
 * the reason.
 */
void arm64_gtimer_init(const void *fdt);

/**
 * Handle one IRQ: acknowledge it at the GIC, mask the timer if it is the
 * timer's, end it. Returns 0, or the INTID of an interrupt nobody here
 * handles (acknowledged, not ended: the caller crashes).
 */
unsigned int arm64_gtimer_irq(void);

/**
 * Set the GIC up from the device tree (once; the first halt does it too):
 * device interrupts need it before they are enabled. Crashes without a
 * usable GIC.
 */
void arm64_gtimer_gic_setup(void);

/**
 * A device interrupt was handled: the ukplat_halt() it arrived in
 * returns (called by the platform's IRQ dispatch).
 */
void arm64_gtimer_wake(void);

/**
 * The INTID of entry idx of the /timer node's "interrupts" (0 secure, 1
 * non-secure physical, 2 virtual, 3 hypervisor timer), or dflt if the
 * device tree does not say. kvm-arm64's profiling tick uses the
 * physical timer (plat/kvm/arm64/prof.c); this code the virtual one.
 */
unsigned int arm64_gtimer_timer_intid(unsigned int idx, unsigned int dflt);

/** Timer interrupts handled since boot (for tests). */
uint64_t arm64_gtimer_irqs(void);

/** The INTID of the timer interrupt in use (for tests and messages). */
unsigned int arm64_gtimer_intid(void);

#endif /* PLAT_ARM64_GTIMER_H */
