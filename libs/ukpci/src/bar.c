/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * BARs: sizing (all ones written with decoding off, the value read back
 * masks the size), assignment where no firmware did it, the note, and
 * mapping for drivers.
 */
#include <errno.h>
#include <uk/plat/io.h>
#include "pci.h"

#define BAR_IO 0x1
#define BAR_TYPE_MASK 0x6
#define BAR_TYPE_64 0x4
#define BAR_PREFETCH 0x8
#define IO_FIRST 0x1000 /* keep port 0 (and the legacy range) unused */

static uint16_t bar_reg(unsigned int i) { return UK_PCI_BAR0 + 4 * i; }

static unsigned int nbars(const struct uk_pci_dev *pd)
{
	return pd->header == 0 ? 6 : pd->header == 1 ? 2 : 0;
}

void pci_bars_probe(struct uk_pci_dev *pd)
{
	uint16_t cmd = uk_pci_read16(pd, UK_PCI_COMMAND);
	unsigned int i, n = nbars(pd);
	uint32_t lo, hi, mlo, mhi;
	struct uk_pci_bar *b;

	uk_pci_write16(pd, UK_PCI_COMMAND,
		       cmd & ~(UK_PCI_CMD_IO | UK_PCI_CMD_MEM));
	for (i = 0; i < n; i++) {
		b = &pd->bar[i];
		lo = uk_pci_read32(pd, bar_reg(i));
		uk_pci_write32(pd, bar_reg(i), 0xffffffffU);
		mlo = uk_pci_read32(pd, bar_reg(i));
		uk_pci_write32(pd, bar_reg(i), lo);
		if (!mlo || mlo == 0xffffffffU)
			continue; /* not implemented (or no device) */
		if (lo & BAR_IO) {
			mlo &= ~3U;
			if (!(mlo & 0xffff0000U))
				mlo |= 0xffff0000U; /* 16-bit decoders */
			b->io = true;
			b->addr = lo & ~3U;
			b->size = (uint32_t)(~mlo + 1);
			continue;
		}
		b->prefetch = (lo & BAR_PREFETCH) != 0;
		b->addr = lo & ~0xfU;
		mhi = 0xffffffffU;
		if ((lo & BAR_TYPE_MASK) == BAR_TYPE_64 && i + 1 < n) {
			b->mem64 = true;
			hi = uk_pci_read32(pd, bar_reg(i + 1));
			uk_pci_write32(pd, bar_reg(i + 1), 0xffffffffU);
			mhi = uk_pci_read32(pd, bar_reg(i + 1));
			uk_pci_write32(pd, bar_reg(i + 1), hi);
			b->addr |= (uint64_t)hi << 32;
		}
		b->size = ~((uint64_t)mhi << 32 | (mlo & ~0xfU)) + 1;
		if (b->mem64)
			i++; /* the upper half */
	}
	uk_pci_write16(pd, UK_PCI_COMMAND, cmd);
}

struct pending {
	struct uk_pci_dev *pd;
	unsigned int i;
};

/* Give BAR p a naturally aligned range of window w; false if full. */
static bool place(struct pending *p, struct pci_window *w)
{
	struct uk_pci_bar *b = &p->pd->bar[p->i];
	uint64_t at = (w->next + b->size - 1) & ~(b->size - 1);

	if (!w->size || at < w->next || at + b->size > w->bus + w->size)
		return false;
	w->next = at + b->size;
	b->addr = at;
	b->assigned = true;
	uk_pci_write32(p->pd, bar_reg(p->i),
		       (uint32_t)at | (b->io ? BAR_IO : 0) |
			       (b->mem64 ? BAR_TYPE_64 : 0) |
			       (b->prefetch ? BAR_PREFETCH : 0));
	if (b->mem64)
		uk_pci_write32(p->pd, bar_reg(p->i + 1), (uint32_t)(at >> 32));
	return true;
}

#define MAX_PENDING 64

void pci_bars_assign(struct uk_pci_dev **pds, unsigned int n)
{
	struct pending list[MAX_PENDING], t;
	unsigned int count = 0, i, j, k;
	struct uk_pci_host *h;

	for (k = 0; k < n; k++)
		for (i = 0; i < 6; i++)
			if (pds[k]->bar[i].size && !pds[k]->bar[i].addr &&
			    count < MAX_PENDING)
				list[count++] = (struct pending){ pds[k], i };
	/* Largest first: every BAR lands aligned with no gaps to fill. */
	for (i = 1; i < count; i++)
		for (j = i; j > 0 && list[j - 1].pd->bar[list[j - 1].i].size <
					     list[j].pd->bar[list[j].i].size;
		     j--) {
			t = list[j];
			list[j] = list[j - 1];
			list[j - 1] = t;
		}
	for (i = 0; i < count; i++) {
		h = list[i].pd->host;
		if (!h->io.next)
			h->io.next =
				h->io.bus < IO_FIRST ? IO_FIRST : h->io.bus;
		if (!h->mem.next)
			h->mem.next = h->mem.bus ? h->mem.bus : 0x1000;
		if (!place(&list[i],
			   list[i].pd->bar[list[i].i].io ? &h->io : &h->mem))
			uk_dev_note(&list[i].pd->dev,
				    "bar%u: no room in the window", list[i].i);
	}
}

static void size_text(char *buf, uint64_t size)
{
	static const char unit[] = " KMG";
	unsigned int u = 0;
	int n;

	while (u < 3 && size >= 1024 && !(size & 1023)) {
		size >>= 10;
		u++;
	}
	n = 0;
	do {
		buf[n++] = (char)('0' + size % 10);
		size /= 10;
	} while (size && n < 20);
	for (int a = 0, z = n - 1; a < z; a++, z--) {
		char c = buf[a];

		buf[a] = buf[z];
		buf[z] = c;
	}
	if (u)
		buf[n++] = unit[u];
	buf[n] = 0;
}

void pci_bars_note(struct uk_pci_dev *pd)
{
	const struct uk_pci_bar *b;
	char sz[24];
	unsigned int i;

	for (i = 0; i < 6; i++) {
		b = &pd->bar[i];
		if (!b->size)
			continue;
		size_text(sz, b->size);
		uk_dev_note(&pd->dev, "bar%u %s%s 0x%llx/%s%s", i,
			    b->io      ? "io"
			    : b->mem64 ? "mem64"
				       : "mem",
			    b->prefetch ? " pref" : "",
			    (unsigned long long)b->addr, sz,
			    b->assigned ? " (assigned)"
			    : b->addr	? ""
					: " (unassigned)");
	}
}

/* The CPU address of bus address a in window w, or 0 if outside it. */
static uint64_t to_cpu(const struct pci_window *w, uint64_t a, uint64_t len)
{
	if (!w->size)
		return a; /* no window known: bus = CPU address (x86) */
	if (a < w->bus || a - w->bus + len > w->size)
		return 0;
	return a - w->bus + w->cpu;
}

int uk_pci_bar_map(struct uk_pci_dev *pd, unsigned int i, uint64_t off,
		   uint64_t len, struct uk_io *io)
{
	const struct uk_pci_bar *b;
	uint64_t cpu;

	if (i >= 6)
		return -EINVAL;
	b = &pd->bar[i];
	if (!b->size || !b->addr || off > b->size || len > b->size - off)
		return -EINVAL;
#if defined(__x86_64__)
	if (b->io) {
		io->base = (uintptr_t)(b->addr + off);
		io->port = true;
		return 0;
	}
#endif
	cpu = to_cpu(b->io ? &pd->host->io : &pd->host->mem, b->addr + off,
		     len);
	if (!cpu)
		return -EINVAL;
	io->base = ukplat_io_map(cpu, len);
	io->port = false;
	return io->base ? 0 : -ENOMEM;
}
