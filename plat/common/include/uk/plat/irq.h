/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/irq.h - device interrupts: a handler per interrupt line,
 * masking, and message-signalled interrupts.
 *
 * Like the timer's (uk/plat/time.h), device interrupts are taken only
 * inside ukplat_halt(): a handler never interrupts a thread, and
 * ukplat_halt() returns once a handler has run. Handlers may therefore
 * touch what threads touch, wake threads (uk_waitq_wake_one/all) and
 * mask lines; they must not block, sleep or allocate.
 *
 * Lines are numbered per platform:
 *  - kvm-x86_64: global system interrupts of the IOAPIC(s) found in the
 *    ACPI MADT (0xfec00000 without ACPI); 0-15 are ISA IRQs, turned into
 *    GSIs with the MADT's interrupt source overrides (whose trigger and
 *    polarity win over the caller's). Message-signalled interrupts
 *    (MSI, MSI-X) get lines from ukplat_irq_msi_alloc().
 *  - kvm-arm64: GIC INTIDs (SPIs 32-1019 for devices, as UK_GIC_SPI(n)).
 *  - linuxu: lines made for host file descriptors by
 *    ukplat_irq_host_fd() (uk/plat/host.h): "pending" means readable.
 *
 * A line is level- or edge-triggered (UKPLAT_IRQ_LEVEL / UKPLAT_IRQ_EDGE)
 * and active high or low. The platform acknowledges the interrupt
 * controller itself (end of interrupt) after the handler returns, so a
 * level-triggered device must be quieted by its handler (read its
 * interrupt status) or the line masked there, or it fires again.
 *
 * Implemented by plat-kvm (x86_64, arm64) and plat-linuxu.
 */
#ifndef UK_PLAT_IRQ_H
#define UK_PLAT_IRQ_H

#include <stdint.h>

/** Trigger mode and polarity (ukplat_irq_register() flags). */
#define UKPLAT_IRQ_EDGE 0x0	   /**< one interrupt per rising edge */
#define UKPLAT_IRQ_LEVEL 0x1	   /**< pending while the line is active */
#define UKPLAT_IRQ_ACTIVE_HIGH 0x0 /**< active when high (edge: rising) */
#define UKPLAT_IRQ_ACTIVE_LOW 0x2  /**< active when low (edge: falling) */

/** Most handlers on one line (shared PCI INTx lines). */
#define UKPLAT_IRQ_MAX_SHARED 4

/**
 * A handler: arg as registered. Returns 1 if its device had raised the
 * interrupt, 0 if not (shared lines ask every handler).
 */
typedef int (*ukplat_irq_handler_t)(void *arg);

/**
 * Install handler(arg) on line irq and unmask it, with trigger and
 * polarity flags (UKPLAT_IRQ_*). Several devices may share a line (up
 * to UKPLAT_IRQ_MAX_SHARED handlers, same flags). Returns 0, -EINVAL (no
 * such line), -ENOSPC (too many handlers) or -ENOTSUP (the platform has
 * no device interrupts).
 */
int ukplat_irq_register(unsigned int irq, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg);

/** Keep line irq from interrupting (a pending interrupt waits). */
void ukplat_irq_mask(unsigned int irq);

/** Let line irq interrupt again (a pending one is taken in the next halt). */
void ukplat_irq_unmask(unsigned int irq);

/** A message-signalled interrupt: what the device writes, and where. */
struct ukplat_irq_msi {
	uint64_t addr; /**< address of the write */
	uint32_t data; /**< value written */
};

/**
 * Allocate a line for a message-signalled interrupt (one MSI-X table
 * entry) and fill *msg with what the device must write to raise it.
 * Register its handler with ukplat_irq_register() (flags are ignored:
 * messages are edges). Returns the line (>= 0), -ENOSPC when none is
 * left, -ENOTSUP where the platform cannot take messages (kvm-arm64:
 * devices use their wired lines).
 */
int ukplat_irq_msi_alloc(struct ukplat_irq_msi *msg);

/** Interrupts handled since boot on line irq (for tests and reports). */
uint64_t ukplat_irq_count(unsigned int irq);

#endif /* UK_PLAT_IRQ_H */
