/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading the ACPI MADT: IOAPICs and interrupt source overrides. */
#include <stddef.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include "../common/rdmem.h"
#include "madt.h"

#define MADT_ENTRIES 44 /* after the 36-byte header, LAPIC address, flags */
#define MADT_IOAPIC 1
#define MADT_ISO 2
#define IOAPIC_DEFAULT 0xfec00000ULL

/* MPS INTI flags */
#define INTI_POLARITY 0x3
#define INTI_POL_HIGH 0x1
#define INTI_POL_LOW 0x3
#define INTI_TRIGGER 0xc
#define INTI_TRIG_EDGE 0x4
#define INTI_TRIG_LEVEL 0xc

static struct kvm_madt madt;

static void add_ioapic(uint64_t e)
{
	struct kvm_madt_ioapic *io;

	if (madt.nioapic == KVM_MADT_MAX_IOAPIC)
		return;
	io = &madt.ioapic[madt.nioapic++];
	io->id = kvm_rd8(e + 2);
	io->addr = kvm_rd32(e + 4);
	io->gsi_base = kvm_rd32(e + 8);
}

static void add_iso(uint64_t e)
{
	struct kvm_madt_iso *iso;

	if (madt.niso == KVM_MADT_MAX_ISO || kvm_rd8(e + 2) != 0 /* ISA */)
		return;
	iso = &madt.iso[madt.niso++];
	iso->source = kvm_rd8(e + 3);
	iso->gsi = kvm_rd32(e + 4);
	iso->flags = kvm_rd16(e + 8);
}

static void read_madt(void)
{
	uint32_t len = 0;
	const void *t = ukplat_acpi_table("APIC", &len);
	uint64_t a = (uint64_t)(uintptr_t)t, off;
	uint8_t type, elen;

	if (t) {
		for (off = MADT_ENTRIES; off + 2 <= len; off += elen) {
			type = kvm_rd8(a + off);
			elen = kvm_rd8(a + off + 1);
			if (elen < 2 || off + elen > len)
				break;
			if (type == MADT_IOAPIC && elen >= 12)
				add_ioapic(a + off);
			else if (type == MADT_ISO && elen >= 10)
				add_iso(a + off);
		}
	}
	madt.from_acpi = madt.nioapic > 0;
	if (!madt.nioapic) {
		madt.nioapic = 1;
		madt.ioapic[0].addr = IOAPIC_DEFAULT;
	}
}

const struct kvm_madt *kvm_madt(void)
{
	static int done;

	if (!done) {
		read_madt();
		done = 1;
	}
	return &madt;
}

uint32_t kvm_madt_gsi(unsigned int irq, unsigned int *flags)
{
	const struct kvm_madt *m = kvm_madt();
	unsigned int i, f;

	if (irq >= 16)
		return irq;
	for (i = 0; i < m->niso; i++) {
		if (m->iso[i].source != irq)
			continue;
		f = *flags;
		if ((m->iso[i].flags & INTI_POLARITY) == INTI_POL_HIGH)
			f &= ~UKPLAT_IRQ_ACTIVE_LOW;
		else if ((m->iso[i].flags & INTI_POLARITY) == INTI_POL_LOW)
			f |= UKPLAT_IRQ_ACTIVE_LOW;
		if ((m->iso[i].flags & INTI_TRIGGER) == INTI_TRIG_EDGE)
			f &= ~UKPLAT_IRQ_LEVEL;
		else if ((m->iso[i].flags & INTI_TRIGGER) == INTI_TRIG_LEVEL)
			f |= UKPLAT_IRQ_LEVEL;
		*flags = f;
		return m->iso[i].gsi;
	}
	return irq;
}
