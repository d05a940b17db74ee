/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IOAPIC redirection entries (82093AA register layout): IOREGSEL at +0,
 * IOWIN at +0x10; register 1 holds the highest entry's number, entry n
 * is registers 0x10 + 2n (low: vector, trigger, polarity, mask) and
 * 0x11 + 2n (high: destination APIC id in bits 24-31).
 */
#include <stddef.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include "ioapic.h"
#include "madt.h"

#define IOREGSEL 0x00
#define IOWIN 0x10
#define IOAPICVER 0x01
#define REDTBL(n) (0x10 + 2 * (n))
#define RTE_POL_LOW (1u << 13)
#define RTE_LEVEL (1u << 15)
#define RTE_MASKED (1u << 16)
#define RTE_DELIVERY_NMI (4u << 8)

struct ioapic {
	uintptr_t regs; /* 0: not mapped yet */
	uint32_t gsi_base;
	unsigned int pins;
};

static struct ioapic io[KVM_MADT_MAX_IOAPIC];
static unsigned int nio;

static uint32_t rd(const struct ioapic *a, uint32_t reg)
{
	*(volatile uint32_t *)(a->regs + IOREGSEL) = reg;
	return *(volatile uint32_t *)(a->regs + IOWIN);
}

static void wr(const struct ioapic *a, uint32_t reg, uint32_t v)
{
	*(volatile uint32_t *)(a->regs + IOREGSEL) = reg;
	*(volatile uint32_t *)(a->regs + IOWIN) = v;
}

static void setup(void)
{
	const struct kvm_madt *m = kvm_madt();
	unsigned int i, p;

	if (nio)
		return;
	for (i = 0; i < m->nioapic; i++) {
		io[nio].regs = ukplat_io_map(m->ioapic[i].addr, 0x20);
		if (!io[nio].regs)
			continue;
		io[nio].gsi_base = m->ioapic[i].gsi_base;
		io[nio].pins = ((rd(&io[nio], IOAPICVER) >> 16) & 0xff) + 1;
		/* Everything masked until a handler asks for its line. */
		for (p = 0; p < io[nio].pins; p++)
			wr(&io[nio], REDTBL(p), RTE_MASKED);
		nio++;
	}
}

static struct ioapic *find(uint32_t gsi, unsigned int *pin)
{
	unsigned int i;

	setup();
	for (i = 0; i < nio; i++) {
		if (gsi >= io[i].gsi_base &&
		    gsi - io[i].gsi_base < io[i].pins) {
			*pin = gsi - io[i].gsi_base;
			return &io[i];
		}
	}
	return NULL;
}

int kvm_ioapic_has(uint32_t gsi)
{
	unsigned int pin;

	return find(gsi, &pin) != NULL;
}

int kvm_ioapic_route(uint32_t gsi, uint8_t vector, unsigned int flags,
		     uint8_t apic_id)
{
	unsigned int pin;
	struct ioapic *a = find(gsi, &pin);
	uint32_t lo = vector | RTE_MASKED;

	if (!a)
		return -1;
	if (flags & UKPLAT_IRQ_LEVEL)
		lo |= RTE_LEVEL;
	if (flags & UKPLAT_IRQ_ACTIVE_LOW)
		lo |= RTE_POL_LOW;
	wr(a, REDTBL(pin), RTE_MASKED);
	wr(a, REDTBL(pin) + 1, (uint32_t)apic_id << 24);
	wr(a, REDTBL(pin), lo);
	return 0;
}

int kvm_ioapic_route_nmi(uint32_t gsi, uint8_t apic_id)
{
	unsigned int pin;
	struct ioapic *a = find(gsi, &pin);

	if (!a)
		return -1;
	wr(a, REDTBL(pin), RTE_MASKED);
	wr(a, REDTBL(pin) + 1, (uint32_t)apic_id << 24);
	wr(a, REDTBL(pin), RTE_DELIVERY_NMI); /* edge, active high, unmasked */
	return 0;
}

void kvm_ioapic_mask(uint32_t gsi, int masked)
{
	unsigned int pin;
	struct ioapic *a = find(gsi, &pin);
	uint32_t lo;

	if (!a)
		return;
	lo = rd(a, REDTBL(pin));
	wr(a, REDTBL(pin), masked ? lo | RTE_MASKED : lo & ~RTE_MASKED);
}
