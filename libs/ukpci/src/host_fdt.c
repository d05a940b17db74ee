/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The device tree's host bridge ("pci-host-ecam-generic", as QEMU virt
 * has): reg is the ECAM of the first bus of bus-range; ranges maps bus
 * address windows (3 cells: space code in bits 24-25 of the first, then
 * the 64-bit bus address) to CPU addresses; interrupt-map routes
 * (device address, INTx pin) under interrupt-map-mask to a parent
 * interrupt: a GIC SPI. No firmware assigned anything: BARs come from
 * the windows.
 */
#include <stddef.h>
#include <uk/fdt.h>
#include <uk/intctlr/gic.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include "pci.h"

#define SPACE(hi) (((hi) >> 24) & 3)
#define SPACE_IO 1
#define SPACE_MEM32 2
#define GIC_SPI 0
#define GIC_FLAG_LEVEL_MASK 0xc /* IRQ_TYPE_LEVEL_HIGH/LOW */
#define MAX_CELLS 16

static uint32_t cell(const void *p, unsigned int i)
{
	const uint8_t *b = (const uint8_t *)p + 4 * i;

	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 |
	       (uint32_t)b[2] << 8 | b[3];
}

static uint64_t cells(const void *p, unsigned int i, unsigned int n)
{
	return n == 1 ? cell(p, i)
		      : (uint64_t)cell(p, i) << 32 | cell(p, i + 1);
}

static unsigned int prop_u32(const void *fdt, int node, const char *name,
			     unsigned int dflt)
{
	uint32_t v;

	return uk_fdt_prop_u32(fdt, node, name, &v) ? dflt : v;
}

/* The node whose phandle is ph, or < 0. */
static int by_phandle(const void *fdt, uint32_t ph)
{
	int node = -1;
	uint32_t v;

	while ((node = uk_fdt_next_node(fdt, node, NULL)) >= 0)
		if (!uk_fdt_prop_u32(fdt, node, "phandle", &v) && v == ph)
			return node;
	return -1;
}

static void read_ranges(struct uk_pci_host *h)
{
	const void *fdt = h->fdt;
	unsigned int pac = 2, psc, entry, i;
	int parent = uk_fdt_parent(fdt, h->node);
	uint32_t len = 0;
	const void *r = uk_fdt_getprop(fdt, h->node, "ranges", &len);
	struct pci_window *w;
	uint32_t hi;

	if (parent >= 0)
		pac = prop_u32(fdt, parent, "#address-cells", 2);
	psc = prop_u32(fdt, h->node, "#size-cells", 2);
	entry = 3 + pac + psc;
	if (!r || pac < 1 || pac > 2 || psc < 1 || psc > 2)
		return;
	for (i = 0; (i + 1) * entry * 4 <= len; i++) {
		hi = cell(r, i * entry);
		w = SPACE(hi) == SPACE_IO      ? &h->io
		    : SPACE(hi) == SPACE_MEM32 ? &h->mem
					       : NULL;
		if (!w || w->size)
			continue;
		w->bus = cells(r, i * entry + 1, 2);
		w->cpu = cells(r, i * entry + 3, pac);
		w->size = cells(r, i * entry + 3 + pac, psc);
	}
}

/* INTx of pd through interrupt-map, onto a GIC SPI. */
static void route_intx(struct uk_pci_host *h, struct uk_pci_dev *pd)
{
	const void *fdt = h->fdt;
	uint32_t len = 0, mlen = 0;
	int pnode;
	const void *map = uk_fdt_getprop(fdt, h->node, "interrupt-map", &len);
	const void *mask =
		uk_fdt_getprop(fdt, h->node, "interrupt-map-mask", &mlen);
	uint32_t key[4], m[4] = { ~0U, ~0U, ~0U, ~0U };
	unsigned int at = 0, i, pac, pic, n = len / 4;
	bool hit;

	if (!map)
		return;
	key[0] = (uint32_t)pd->bus << 16 | (uint32_t)pd->slot << 11 |
		 (uint32_t)pd->func << 8;
	key[1] = key[2] = 0;
	key[3] = pd->intx_pin;
	for (i = 0; mask && i < 4 && (i + 1) * 4 <= mlen; i++)
		m[i] = cell(mask, i);
	while (at + 5 <= n) {
		hit = true;
		for (i = 0; i < 4; i++)
			hit = hit &&
			      (cell(map, at + i) & m[i]) == (key[i] & m[i]);
		pnode = by_phandle(fdt, cell(map, at + 4));
		if (pnode < 0)
			return;
		pac = prop_u32(fdt, pnode, "#address-cells", 0);
		pic = prop_u32(fdt, pnode, "#interrupt-cells", 3);
		if (pic != 3 || pac > MAX_CELLS || at + 5 + pac + pic > n)
			return; /* not a GIC: unknown format */
		if (hit) {
			if (cell(map, at + 5 + pac) != GIC_SPI)
				return;
			pd->intx_irq = UK_GIC_SPI(cell(map, at + 6 + pac));
			pd->intx_flags =
				cell(map, at + 7 + pac) & GIC_FLAG_LEVEL_MASK
					? UKPLAT_IRQ_LEVEL
					: UKPLAT_IRQ_EDGE;
			return;
		}
		at += 5 + pac + pic;
	}
}

int pci_host_find(struct uk_pci_host *h)
{
	const void *fdt = ukplat_fdt();
	uint64_t base, size;
	uint32_t b0, b1;
	int node;

	if (!fdt)
		return -1;
	node = uk_fdt_find_compatible(fdt, -1, "pci-host-ecam-generic");
	if (node < 0 || uk_fdt_reg(fdt, node, 0, &base, &size))
		return -1;
	h->fdt = fdt;
	h->node = node;
	h->bus_start = 0;
	h->bus_end = 255;
	if (!uk_fdt_prop_cell(fdt, node, "bus-range", 0, &b0) &&
	    !uk_fdt_prop_cell(fdt, node, "bus-range", 1, &b1) && b0 <= b1 &&
	    b1 <= 255) {
		h->bus_start = (uint8_t)b0;
		h->bus_end = (uint8_t)b1;
	}
	if (size >> 20 < (uint64_t)(h->bus_end - h->bus_start) + 1)
		h->bus_end = (uint8_t)(h->bus_start + (size >> 20) - 1);
	h->ecam = base - ((uint64_t)h->bus_start << 20);
	h->how = "ecam (device tree)";
	h->assign = true;
	h->route_intx = route_intx;
	read_ranges(h);
	return 0;
}
