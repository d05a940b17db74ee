/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/irq.h on kvm-arm64: lines are GIC INTIDs (devices use SPIs).
 * Registering sets the SPI's trigger (edge or level; the GIC has no
 * active-low inputs, so the flag is ignored) and enables it on the boot
 * CPU. The IRQ vector (plat/shared/arm64/trap.c) hands every INTID that is not the timer's
 * to arm64_plat_irq_dispatch(), which runs the line's handlers, ends the
 * interrupt and lets the halt it arrived in return. No MSIs: the PCI
 * devices of QEMU virt use their INTx lines (the host bridge's
 * interrupt-map).
 */
#include <stdbool.h>
#include <stddef.h>
#include <uk/intctlr/gic.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include "../../shared/arm64/gtimer.h"
#include "../../shared/arm64/trap.h"

#define MAX_LINES 32
#define E_INVAL 22
#define E_NOSPC 28
#define E_NOTSUP 95

struct line {
	unsigned int intid; /* 0: free */
	unsigned int nh;
	ukplat_irq_handler_t h[UKPLAT_IRQ_MAX_SHARED];
	void *arg[UKPLAT_IRQ_MAX_SHARED];
	uint64_t count;
};

static struct line lines[MAX_LINES];

static struct line *find(unsigned int intid)
{
	unsigned int i;

	for (i = 0; i < MAX_LINES; i++)
		if (lines[i].intid == intid)
			return &lines[i];
	return NULL;
}

bool arm64_plat_irq_dispatch(unsigned int intid)
{
	struct line *l = intid ? find(intid) : NULL;
	unsigned int i;

	if (!l)
		return false;
	l->count++;
	for (i = 0; i < l->nh; i++)
		l->h[i](l->arg[i]);
	uk_gic_eoi(intid);
	arm64_gtimer_wake();
	return true;
}

int ukplat_irq_register(unsigned int irq, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	struct line *l = find(irq);

	if (!handler || irq < 32 || irq >= 1020)
		return -E_INVAL;
	arm64_gtimer_gic_setup();
	if (!l) {
		l = find(0);
		if (!l)
			return -E_NOSPC;
		l->intid = irq;
		uk_gic_disable(irq);
		uk_gic_set_trigger(irq, !(flags & UKPLAT_IRQ_LEVEL));
	}
	if (l->nh == UKPLAT_IRQ_MAX_SHARED)
		return -E_NOSPC;
	l->h[l->nh] = handler;
	l->arg[l->nh++] = arg;
	uk_gic_enable(irq);
	return 0;
}

void ukplat_irq_mask(unsigned int irq)
{
	if (find(irq))
		uk_gic_disable(irq);
}

void ukplat_irq_unmask(unsigned int irq)
{
	if (find(irq))
		uk_gic_enable(irq);
}

int ukplat_irq_msi_alloc(struct ukplat_irq_msi *msg)
{
	(void)msg;
	return -E_NOTSUP;
}

uint64_t ukplat_irq_count(unsigned int irq)
{
	struct line *l = irq ? find(irq) : NULL;

	return l ? l->count : 0;
}

/* No ACPI on this platform: the device tree describes the machine. */
const void *ukplat_acpi_table(const char *sig, uint32_t *len)
{
	(void)sig;
	(void)len;
	return NULL;
}
