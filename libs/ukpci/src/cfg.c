/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Configuration space: ECAM (each bus's 1 MiB mapped on first use) or,
 * on x86 without it, configuration mechanism #1 through ports 0xcf8
 * (address) and 0xcfc (data).
 */
#include <uk/plat/io.h>
#include "pci.h"

#define CF8_ADDR 0xcf8
#define CFC_DATA 0xcfc
#define CF8_ENABLE 0x80000000U
#define ECAM_BUS_SIZE (1ULL << 20)

static uintptr_t ecam_bus(struct uk_pci_host *h, uint8_t bus)
{
	if (!h->bus_va[bus])
		h->bus_va[bus] = ukplat_io_map(h->ecam + ((uint64_t)bus << 20),
					       ECAM_BUS_SIZE);
	return h->bus_va[bus];
}

uint32_t pci_cfg_read(struct uk_pci_host *h, uint8_t bus, uint8_t slot,
		      uint8_t func, uint16_t off, unsigned int width)
{
	uintptr_t a;

	if (bus < h->bus_start || bus > h->bus_end)
		return 0xffffffffU;
	if (h->ecam) {
		a = ecam_bus(h, bus);
		if (!a || off > 0xfff)
			return 0xffffffffU;
		a += (uintptr_t)slot << 15 | (uintptr_t)func << 12 | off;
		return width == 1   ? uk_io_mmio_read8(a)
		       : width == 2 ? uk_io_mmio_read16(a)
				    : uk_io_mmio_read32(a);
	}
#if defined(__x86_64__)
	if (off > 0xff)
		return 0xffffffffU;
	ukarch_outl(CF8_ADDR, CF8_ENABLE | (uint32_t)bus << 16 |
				      (uint32_t)slot << 11 |
				      (uint32_t)func << 8 | (off & 0xfc));
	return width == 1   ? ukarch_inb(CFC_DATA + (off & 3))
	       : width == 2 ? ukarch_inw(CFC_DATA + (off & 2))
			    : ukarch_inl(CFC_DATA);
#else
	return 0xffffffffU;
#endif
}

void pci_cfg_write(struct uk_pci_host *h, uint8_t bus, uint8_t slot,
		   uint8_t func, uint16_t off, unsigned int width, uint32_t v)
{
	uintptr_t a;

	if (bus < h->bus_start || bus > h->bus_end)
		return;
	if (h->ecam) {
		a = ecam_bus(h, bus);
		if (!a || off > 0xfff)
			return;
		a += (uintptr_t)slot << 15 | (uintptr_t)func << 12 | off;
		if (width == 1)
			uk_io_mmio_write8(a, (uint8_t)v);
		else if (width == 2)
			uk_io_mmio_write16(a, (uint16_t)v);
		else
			uk_io_mmio_write32(a, v);
		return;
	}
#if defined(__x86_64__)
	if (off > 0xff)
		return;
	ukarch_outl(CF8_ADDR, CF8_ENABLE | (uint32_t)bus << 16 |
				      (uint32_t)slot << 11 |
				      (uint32_t)func << 8 | (off & 0xfc));
	if (width == 1)
		ukarch_outb(CFC_DATA + (off & 3), (uint8_t)v);
	else if (width == 2)
		ukarch_outw(CFC_DATA + (off & 2), (uint16_t)v);
	else
		ukarch_outl(CFC_DATA, v);
#endif
}

uint8_t uk_pci_read8(const struct uk_pci_dev *pd, uint16_t off)
{
	return (uint8_t)pci_cfg_read(pd->host, pd->bus, pd->slot, pd->func, off,
				     1);
}

uint16_t uk_pci_read16(const struct uk_pci_dev *pd, uint16_t off)
{
	return (uint16_t)pci_cfg_read(pd->host, pd->bus, pd->slot, pd->func,
				      off, 2);
}

uint32_t uk_pci_read32(const struct uk_pci_dev *pd, uint16_t off)
{
	return pci_cfg_read(pd->host, pd->bus, pd->slot, pd->func, off, 4);
}

void uk_pci_write8(const struct uk_pci_dev *pd, uint16_t off, uint8_t v)
{
	pci_cfg_write(pd->host, pd->bus, pd->slot, pd->func, off, 1, v);
}

void uk_pci_write16(const struct uk_pci_dev *pd, uint16_t off, uint16_t v)
{
	pci_cfg_write(pd->host, pd->bus, pd->slot, pd->func, off, 2, v);
}

void uk_pci_write32(const struct uk_pci_dev *pd, uint16_t off, uint32_t v)
{
	pci_cfg_write(pd->host, pd->bus, pd->slot, pd->func, off, 4, v);
}

uint8_t uk_pci_find_cap(const struct uk_pci_dev *pd, uint8_t cap, uint8_t from)
{
	uint8_t at;
	unsigned int n;

	if (!(uk_pci_read16(pd, UK_PCI_STATUS) & UK_PCI_STATUS_CAPS))
		return 0;
	at = from ? uk_pci_read8(pd, from + 1)
		  : uk_pci_read8(pd, UK_PCI_CAP_PTR);
	for (n = 0; n < 48 && at >= 0x40; n++) {
		at &= 0xfc;
		if (uk_pci_read8(pd, at) == cap)
			return at;
		at = uk_pci_read8(pd, at + 1);
	}
	return 0;
}

void uk_pci_enable(struct uk_pci_dev *pd, bool mem, bool io, bool master)
{
	uint16_t cmd = uk_pci_read16(pd, UK_PCI_COMMAND);

	if (mem)
		cmd |= UK_PCI_CMD_MEM;
	if (io)
		cmd |= UK_PCI_CMD_IO;
	if (master)
		cmd |= UK_PCI_CMD_MASTER;
	uk_pci_write16(pd, UK_PCI_COMMAND, cmd);
}
