/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The PCI bus enumerator: find the host bridge, walk its buses (and the
 * bridges the firmware numbered), size the BARs, assign them where no
 * firmware did, route INTx, and add one struct uk_dev per function.
 */
#include <stdio.h>
#include <uk/plat/irq.h>
#include <uk/ukalloc.h>
#include "pci.h"

#define MAX_FUNCS 64
#define MAX_DEPTH 8
#define BRIDGE_SECONDARY 0x19
#define HEADER_MULTI 0x80

static struct uk_pci_host host;
static struct uk_pci_dev *found[MAX_FUNCS];
static unsigned int nfound;

static void scan_bus(uint8_t bus, unsigned int depth);

static void read_msix(struct uk_pci_dev *pd)
{
	uint8_t cap = uk_pci_find_cap(pd, UK_PCI_CAP_MSIX, 0);

	if (!cap)
		return;
	pd->msix_cap = cap;
	pd->msix_size = (uk_pci_read16(pd, cap + 2) & 0x7ff) + 1;
}

static void add_function(uint8_t bus, uint8_t slot, uint8_t func,
			 unsigned int depth)
{
	struct uk_pci_dev *pd;
	uint32_t cls;
	uint8_t sec;

	if (nfound == MAX_FUNCS)
		return;
	pd = uk_calloc(uk_alloc_get_default(), 1, sizeof(*pd));
	if (!pd)
		return;
	pd->host = &host;
	pd->bus = bus;
	pd->slot = slot;
	pd->func = func;
	pd->vendor = uk_pci_read16(pd, UK_PCI_VENDOR);
	pd->device = uk_pci_read16(pd, UK_PCI_DEVICE);
	cls = uk_pci_read32(pd, UK_PCI_CLASS);
	pd->class = cls >> 8;
	pd->revision = (uint8_t)cls;
	pd->header = uk_pci_read8(pd, UK_PCI_HEADER) & 0x7f;
	pd->intx_irq = UK_PCI_NO_IRQ;
	if (pd->header == 0) {
		pd->subsys_vendor = uk_pci_read16(pd, UK_PCI_SUBSYS_VENDOR);
		pd->subsys_id = uk_pci_read16(pd, UK_PCI_SUBSYS_ID);
	}
	if (pd->header <= 1) {
		pci_bars_probe(pd);
		pd->intx_pin = uk_pci_read8(pd, UK_PCI_INT_PIN);
		if (pd->intx_pin > 4)
			pd->intx_pin = 0;
		read_msix(pd);
	}
	pd->dev.bus = UK_DEV_BUS_PCI;
	pd->dev.vendor = pd->vendor;
	pd->dev.device = pd->device;
	pd->dev.bus_data = pd;
	snprintf(pd->dev.name, sizeof(pd->dev.name), "pci%02x:%02x.%x", bus,
		 slot, func);
	found[nfound++] = pd;

	if (pd->header == 1) {
		sec = uk_pci_read8(pd, BRIDGE_SECONDARY);
		if (sec > bus && depth < MAX_DEPTH)
			scan_bus(sec, depth + 1);
		else
			uk_dev_note(&pd->dev,
				    "bridge not numbered by firmware: skipped");
	}
}

static void scan_bus(uint8_t bus, unsigned int depth)
{
	unsigned int slot, func, nfunc;
	uint16_t vendor;

	for (slot = 0; slot < 32; slot++) {
		vendor = (uint16_t)pci_cfg_read(&host, bus, (uint8_t)slot, 0,
						UK_PCI_VENDOR, 2);
		if (vendor == 0xffff || vendor == 0)
			continue;
		nfunc = pci_cfg_read(&host, bus, (uint8_t)slot, 0,
				     UK_PCI_HEADER, 1) &
					HEADER_MULTI
				? 8
				: 1;
		for (func = 0; func < nfunc; func++) {
			vendor = (uint16_t)pci_cfg_read(
				&host, bus, (uint8_t)slot, (uint8_t)func,
				UK_PCI_VENDOR, 2);
			if (vendor != 0xffff && vendor != 0)
				add_function(bus, (uint8_t)slot, (uint8_t)func,
					     depth);
		}
	}
}

static void note(struct uk_pci_dev *pd)
{
	uk_dev_note(&pd->dev,
		    "pci 0000:%02x:%02x.%x %04x:%04x class %06x via %s",
		    pd->bus, pd->slot, pd->func, pd->vendor, pd->device,
		    (unsigned int)pd->class, host.how);
	pci_bars_note(pd);
	if (!pd->intx_pin)
		uk_dev_note(&pd->dev, "intx none");
	else if (pd->intx_irq == UK_PCI_NO_IRQ)
		uk_dev_note(&pd->dev, "intx %c unrouted",
			    'A' + pd->intx_pin - 1);
	else
		uk_dev_note(&pd->dev, "intx %c irq %u %s",
			    'A' + pd->intx_pin - 1, pd->intx_irq,
			    pd->intx_flags & UKPLAT_IRQ_LEVEL ? "level"
							      : "edge");
	if (pd->msix_cap)
		uk_dev_note(&pd->dev, "msix %u", pd->msix_size);
}

static void enumerate(void)
{
	unsigned int i;

	if (pci_host_find(&host))
		return;
	scan_bus(host.bus_start, 0);
	if (host.assign)
		pci_bars_assign(found, nfound);
	for (i = 0; i < nfound; i++) {
		if (found[i]->intx_pin && host.route_intx)
			host.route_intx(&host, found[i]);
		note(found[i]);
		uk_dev_add(&found[i]->dev);
	}
}

static const struct uk_dev_bus pci_bus = { "pci", enumerate };
UK_DEV_BUS(pci_bus);
