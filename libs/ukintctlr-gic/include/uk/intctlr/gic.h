/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/intctlr/gic.h - the Arm Generic Interrupt Controller (GICv2 or
 * GICv3) as seen by the boot CPU.
 *
 * uk_gic_init() finds the GIC in the device tree and sets it up with
 * every interrupt disabled; a platform then enables the interrupts it
 * handles (the timer's PPI, devices' SPIs with their trigger set). Interrupts are named by INTID: SGIs 0-15, PPIs 16-31 (private
 * to the CPU, e.g. the timers), SPIs 32-1019 (devices). Its IRQ handler
 * calls uk_gic_ack(), handles the INTID, then uk_gic_eoi(INTID). Every
 * interrupt is routed to the boot CPU at one priority; one CPU only (no
 * SGIs). The other calls are valid only after uk_gic_init() returned 0.
 */
#ifndef UK_INTCTLR_GIC_H
#define UK_INTCTLR_GIC_H

#include <stdint.h>

/** What uk_gic_ack() returns when no interrupt is pending. */
#define UK_GIC_SPURIOUS 1023U
/** INTID of PPI n (0-15) and of SPI n (0-987), as device trees number them. */
#define UK_GIC_PPI(n) (16U + (n))
#define UK_GIC_SPI(n) (32U + (n))

/* Error codes (negative return values) */
#define UK_GIC_ERR_NOTFOUND (-1) /* no supported GIC in the device tree */
#define UK_GIC_ERR_BADREG (-2)	 /* its "reg" lacks a region */
#define UK_GIC_ERR_NOSYSREG (-3) /* GICv3: ICC system registers disabled */
#define UK_GIC_ERR_NOREDIST (-4) /* GICv3: no redistributor for this CPU */
#define UK_GIC_ERR_ASLEEP (-5)	 /* GICv3: the redistributor did not wake */
#define UK_GIC_ERR_BADIRQ \
	(-6) /* no such "interrupts" entry, or not a PPI/SPI */
#define UK_GIC_ERR_NOGROUP0 \
	(-7) /* Group 0 belongs to the secure side (uk_gic_route_fiq) */

/**
 * Find the GIC in the device tree (compatible "arm,cortex-a15-gic" or
 * "arm,gic-400": GICv2, "arm,gic-v3": GICv3) and set it up for the boot
 * CPU: all interrupts disabled, the CPU interface accepting every
 * priority. Returns 0 or a UK_GIC_ERR_* code.
 */
int uk_gic_init(const void *fdt);

/** 2 or 3 after a successful uk_gic_init(), else 0. */
unsigned int uk_gic_version(void);

/** A short English description of a UK_GIC_ERR_* code. */
const char *uk_gic_strerror(int err);

/**
 * Make SPI intid edge-triggered (edge != 0: rising edge) or
 * level-sensitive (active high), as the device tree's flags say; call
 * while it is disabled. Returns 0 or UK_GIC_ERR_BADIRQ (not an SPI).
 */
int uk_gic_set_trigger(unsigned int intid, int edge);

/**
 * Make SPI intid pending, as if its device had signalled it (software
 * interrupts for tests). Returns 0 or UK_GIC_ERR_BADIRQ (not an SPI).
 */
int uk_gic_set_pending(unsigned int intid);

/** Let interrupt intid (a PPI or SPI) reach this CPU. */
void uk_gic_enable(unsigned int intid);

/** Stop interrupt intid from reaching this CPU (returns once it holds). */
void uk_gic_disable(unsigned int intid);

/**
 * Acknowledge the highest-priority pending interrupt: its INTID, now
 * active, or UK_GIC_SPURIOUS when there is none (then no EOI is due).
 */
unsigned int uk_gic_ack(void);

/** End of interrupt intid (as acknowledged): it may be signalled again. */
void uk_gic_eoi(unsigned int intid);

/**
 * INTID of entry idx of node's "interrupts" (three cells per entry: type
 * 0 = SPI or 1 = PPI, number, flags), e.g. the /timer node's entries:
 * secure, non-secure physical, virtual, hypervisor timer. Returns 0 or
 * UK_GIC_ERR_BADIRQ (no such entry, or neither a PPI nor an SPI).
 */
int uk_gic_fdt_irq(const void *fdt, int node, unsigned int idx,
		   unsigned int *intid);

/**
 * Make PPI intid the one interrupt signalled as FIQ, for a tick that must
 * come while IRQs are masked (kvm-arm64's profiling tick, uk/plat/prof.h):
 * intid becomes the only Group 0 interrupt, at the lowest priority the
 * CPU still takes (below every other interrupt, so the IRQ handler's
 * uk_gic_ack() never returns it while another is pending), and Group 0
 * is signalled as FIQ. Every other interrupt is in Group 1, signalled as
 * IRQ and acknowledged by uk_gic_ack() as before.
 *
 * GICv2 without security extensions (QEMU virt): all interrupts move to
 * Group 1 (GICD_IGROUPR), both groups are enabled, GICC_CTLR.FIQEn sends
 * Group 0 to FIQ and .AckCtl keeps uk_gic_ack() acknowledging Group 1.
 * GICv3 with one security state (GICD_CTLR.DS): intid leaves Group 1 in
 * the redistributor, ICC_IGRPEN0_EL1 enables Group 0, which such a GIC
 * signals as FIQ. Call while intid is disabled. Returns 0,
 * UK_GIC_ERR_BADIRQ (not a PPI) or UK_GIC_ERR_NOGROUP0 (the GIC has two
 * security states and this CPU runs on the non-secure side, which cannot
 * configure Group 0; uk_gic_strerror() does not name this code).
 */
int uk_gic_route_fiq(unsigned int intid);

/**
 * Clear the pending state of interrupt intid without acknowledging it.
 * A level-sensitive interrupt whose line has gone low is then inactive;
 * with its line still high it stays pending.
 */
void uk_gic_clear_pending(unsigned int intid);

#endif /* UK_INTCTLR_GIC_H */
