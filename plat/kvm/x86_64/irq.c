/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/irq.h on kvm-x86_64: each line in use owns one device vector
 * (KVM_VEC_DEV_FIRST ..). IOAPIC lines (GSIs, ISA IRQs through the MADT's
 * overrides) are routed to it on the boot CPU; MSI lines are numbered
 * from KVM_IRQ_MSI_BASE and the device writes the vector to the local
 * APIC itself. Masking an IOAPIC line masks its redirection entry; an
 * MSI line is masked in software (an interrupt arriving meanwhile is
 * re-raised with a self IPI on unmask). The dispatcher runs the line's
 * handlers, then signals the end of interrupt to the local APIC (which
 * also ends a level-triggered IOAPIC interrupt).
 */
#include <stdbool.h>
#include <stddef.h>
#include <uk/intctlr/lapic.h>
#include <uk/plat/irq.h>
#include "cpu.h"
#include "ioapic.h"
#include "lapic.h"
#include "madt.h"

#define KVM_IRQ_MSI_BASE 1024
#define MSI_ADDR 0xfee00000ULL
#define MSI_DEST_SHIFT 12

#define E_INVAL 22
#define E_NOSPC 28

struct line {
	bool used, msi;
	bool masked, pending; /* MSI lines */
	unsigned int irq;
	uint32_t gsi;
	unsigned int flags;
	unsigned int nh;
	ukplat_irq_handler_t h[UKPLAT_IRQ_MAX_SHARED];
	void *arg[UKPLAT_IRQ_MAX_SHARED];
	uint64_t count;
};

static struct line lines[KVM_VEC_DEV_COUNT];
static unsigned int nmsi;

static uint8_t vector_of(const struct line *l)
{
	return (uint8_t)(KVM_VEC_DEV_FIRST + (l - lines));
}

static void dispatch(unsigned int vector)
{
	struct line *l = &lines[vector - KVM_VEC_DEV_FIRST];
	unsigned int i;

	if (l->used) {
		l->count++;
		if (l->msi && l->masked)
			l->pending = true;
		else
			for (i = 0; i < l->nh; i++)
				l->h[i](l->arg[i]);
	}
	kvm_lapic_eoi();
}

static struct line *find(unsigned int irq)
{
	unsigned int i;

	for (i = 0; i < KVM_VEC_DEV_COUNT; i++)
		if (lines[i].used && lines[i].irq == irq)
			return &lines[i];
	return NULL;
}

static struct line *new_line(unsigned int irq, bool msi)
{
	unsigned int i;

	if (!kvm_dev_irq_handler) {
		for (i = 0; i < KVM_VEC_DEV_COUNT; i++)
			kvm_idt_set_gate(KVM_VEC_DEV_FIRST + i,
					 kvm_dev_irq_stubs[i]);
		kvm_lapic_init();
		kvm_dev_irq_handler = dispatch;
	}
	for (i = 0; i < KVM_VEC_DEV_COUNT; i++) {
		if (!lines[i].used) {
			lines[i] = (struct line){ .used = true,
						  .msi = msi,
						  .irq = irq };
			return &lines[i];
		}
	}
	return NULL;
}

int ukplat_irq_msi_alloc(struct ukplat_irq_msi *msg)
{
	struct line *l = new_line(KVM_IRQ_MSI_BASE + nmsi, true);

	if (!l)
		return -E_NOSPC;
	nmsi++;
	l->masked = true; /* until registered */
	msg->addr = MSI_ADDR | (uint64_t)uk_lapic_id() << MSI_DEST_SHIFT;
	msg->data = vector_of(l); /* fixed delivery, edge */
	return (int)l->irq;
}

int ukplat_irq_register(unsigned int irq, unsigned int flags,
			ukplat_irq_handler_t handler, void *arg)
{
	struct line *l = find(irq);
	uint32_t gsi;

	if (!handler)
		return -E_INVAL;
	if (!l) {
		if (irq >= KVM_IRQ_MSI_BASE)
			return -E_INVAL; /* not from ukplat_irq_msi_alloc() */
		gsi = kvm_madt_gsi(irq, &flags);
		if (!kvm_ioapic_has(gsi))
			return -E_INVAL;
		l = new_line(irq, false);
		if (!l)
			return -E_NOSPC;
		l->gsi = gsi;
		l->flags = flags;
		kvm_ioapic_route(gsi, vector_of(l), flags, uk_lapic_id());
	}
	if (l->nh == UKPLAT_IRQ_MAX_SHARED)
		return -E_NOSPC;
	l->h[l->nh] = handler;
	l->arg[l->nh++] = arg;
	ukplat_irq_unmask(irq);
	return 0;
}

void ukplat_irq_mask(unsigned int irq)
{
	struct line *l = find(irq);

	if (!l)
		return;
	if (l->msi)
		l->masked = true;
	else
		kvm_ioapic_mask(l->gsi, 1);
}

void ukplat_irq_unmask(unsigned int irq)
{
	struct line *l = find(irq);

	if (!l)
		return;
	if (!l->msi) {
		kvm_ioapic_mask(l->gsi, 0);
		return;
	}
	l->masked = false;
	if (l->pending) {
		l->pending = false;
		uk_lapic_self_ipi(vector_of(l));
	}
}

uint64_t ukplat_irq_count(unsigned int irq)
{
	struct line *l = find(irq);

	return l ? l->count : 0;
}
