/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The x86_64 PV part of uk/xen/platform.h: the xenstore ring from
 * start_info, frame numbers through the p2m list, and the grant-table
 * frames mapped over pages of our .bss.
 */
#include <uk/xen/platform.h>
#include "../common/xen.h"
#include "mmu.h"
#include "pvapi.h"

static const uint64_t *p2m;
static uint64_t nr_pages;
static uint64_t store_mfn;
static uint32_t store_port;

/*
 * The grant table's home: Xen's frames replace these pages' mappings (the
 * pseudo-physical pages behind them are given up for good).
 */
static char gnttab_pages[UKPLAT_XEN_GNTTAB_MAX_FRAMES][XEN_PAGE_SIZE]
	__attribute__((aligned(XEN_PAGE_SIZE)));
static unsigned int gnttab_mapped;

void xen_pvapi_init(const struct xen_start_info *si)
{
	p2m = (const uint64_t *)(uintptr_t)si->mfn_list;
	nr_pages = si->nr_pages;
	/* dom0 starts before any xenstored: it has no ring. */
	if (!(si->flags & XEN_SIF_INITDOMAIN)) {
		store_mfn = si->store_mfn;
		store_port = si->store_evtchn;
	}
}

int ukplat_xen_store(void **ring, uint32_t *port)
{
	if (!store_mfn)
		return -UKPLAT_XEN_ENODEV;
	/* In the bootstrap area, which is mapped 1:1 (virtual = pfn * 4 KiB). */
	*ring = (void *)(uintptr_t)(xen_mfn_to_pfn(store_mfn) * XEN_PAGE_SIZE);
	*port = store_port;
	return 0;
}

uint64_t ukplat_xen_frame(const void *va)
{
	uint64_t pfn = (uint64_t)(uintptr_t)va / XEN_PAGE_SIZE;

	return pfn < nr_pages ? p2m[pfn] : 0;
}

void *ukplat_xen_gnttab_map(const uint64_t *frames, unsigned int nframes)
{
	unsigned int i;

	if (nframes > UKPLAT_XEN_GNTTAB_MAX_FRAMES)
		return NULL;
	for (i = gnttab_mapped; i < nframes; i++) {
		if (xen_mmu_set_page((uint64_t)(uintptr_t)gnttab_pages[i],
				     frames[i] << XEN_PAGE_SHIFT) < 0)
			return NULL;
		gnttab_mapped = i + 1;
	}
	return gnttab_pages;
}
