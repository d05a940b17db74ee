/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The x86 host bridge: ECAM from the ACPI MCFG table (segment 0), else
 * configuration mechanism #1 if the 0xcf8 address register holds what is
 * written to it. The firmware assigned the BARs and routed INTx: the
 * Interrupt Line register holds the ISA IRQ it chose, which the platform
 * takes to the IOAPIC through the MADT's overrides (PCI lines are
 * level-triggered, active low unless the MADT says otherwise).
 */
#include <uk/arch/io.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include "pci.h"

#define MCFG_ENTRIES 44
#define MCFG_ENTRY_LEN 16
#define CF8_ADDR 0xcf8
#define CF8_ENABLE 0x80000000U

static uint64_t rd64(const uint8_t *p)
{
	uint64_t v;

	__builtin_memcpy(&v, p, sizeof(v));
	return v;
}

static uint16_t rd16(const uint8_t *p)
{
	uint16_t v;

	__builtin_memcpy(&v, p, sizeof(v));
	return v;
}

static void route_intx(struct uk_pci_host *h, struct uk_pci_dev *pd)
{
	uint8_t line = uk_pci_read8(pd, UK_PCI_INT_LINE);

	(void)h;
	if (line == 0 || line == 0xff)
		return; /* not routed by the firmware */
	pd->intx_irq = line;
	pd->intx_flags = UKPLAT_IRQ_LEVEL | UKPLAT_IRQ_ACTIVE_LOW;
}

static bool from_mcfg(struct uk_pci_host *h)
{
	uint32_t len = 0, off;
	const uint8_t *t = ukplat_acpi_table("MCFG", &len);
	const uint8_t *e;

	for (off = MCFG_ENTRIES; t && off + MCFG_ENTRY_LEN <= len;
	     off += MCFG_ENTRY_LEN) {
		e = t + off;
		if (rd16(e + 8) != 0 || e[11] < e[10])
			continue; /* another segment */
		h->ecam = rd64(e);
		h->bus_start = e[10];
		h->bus_end = e[11];
		h->how = "ecam (ACPI MCFG)";
		return h->ecam != 0;
	}
	return false;
}

int pci_host_find(struct uk_pci_host *h)
{
	uint32_t old;

	h->route_intx = route_intx;
	if (from_mcfg(h))
		return 0;
	old = ukarch_inl(CF8_ADDR);
	ukarch_outl(CF8_ADDR, CF8_ENABLE);
	if (ukarch_inl(CF8_ADDR) != CF8_ENABLE) {
		ukarch_outl(CF8_ADDR, old);
		return -1; /* no PCI (microvm) */
	}
	ukarch_outl(CF8_ADDR, old);
	h->ecam = 0;
	h->bus_start = 0;
	h->bus_end = 255;
	h->how = "ports";
	return 0;
}
