/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The arm64 part of uk/xen/platform.h: the xenstore ring from the HVM
 * parameters, guest frame numbers (the identity map makes them va >> 12),
 * and the grant-table region: the first reg of the device tree's
 * hypervisor node ("xen,xen"), which Xen leaves free of RAM for such
 * frames, or, without that node (a dom0less domU), GUEST_GNTTAB_BASE of
 * Xen 4.17's guest layout (public arch-arm.h).
 */
#include <uk/fdt.h>
#include <uk/xen/platform.h>
#include "../common/hypercall.h"
#include "mmu.h"
#include "pvapi.h"

#define GUEST_GNTTAB_BASE 0x38000000ULL
#define GUEST_GNTTAB_SIZE 0x01000000ULL

static uint64_t gnttab_base = GUEST_GNTTAB_BASE;
static uint64_t gnttab_size = GUEST_GNTTAB_SIZE;
static const void *boot_fdt;

void xen_arm64_pvapi_init(const void *fdt)
{
	uint64_t base, size;
	int node = fdt ? uk_fdt_find_compatible(fdt, -1, "xen,xen") : -1;

	boot_fdt = fdt;
	if (node >= 0 && uk_fdt_reg(fdt, node, 0, &base, &size) == 0 &&
	    size >= XEN_PAGE_SIZE) {
		gnttab_base = base;
		gnttab_size = size;
	}
}

const void *xen_arm64_fdt(void) { return boot_fdt; }

static long get_param(uint32_t index, uint64_t *value)
{
	struct xen_hvm_param p = { .domid = XEN_DOMID_SELF, .index = index };
	long rc = xen_hypercall(XEN_HC_HVM_OP, XEN_HVMOP_GET_PARAM,
				(uint64_t)(uintptr_t)&p, 0, 0, 0);

	*value = p.value;
	return rc;
}

int ukplat_xen_store(void **ring, uint32_t *port)
{
	uint64_t pfn, evtchn;

	if (get_param(XEN_HVM_PARAM_STORE_PFN, &pfn) < 0 || !pfn ||
	    get_param(XEN_HVM_PARAM_STORE_EVTCHN, &evtchn) < 0)
		return -UKPLAT_XEN_ENODEV;
	xen_arm64_mmu_map_ram(pfn << XEN_PAGE_SHIFT, XEN_PAGE_SIZE);
	*ring = (void *)(uintptr_t)(pfn << XEN_PAGE_SHIFT);
	*port = (uint32_t)evtchn;
	return 0;
}

uint64_t ukplat_xen_frame(const void *va)
{
	return (uint64_t)(uintptr_t)va >> XEN_PAGE_SHIFT;
}

void *ukplat_xen_gnttab_map(const uint64_t *frames, unsigned int nframes)
{
	(void)frames;
	if (nframes > UKPLAT_XEN_GNTTAB_MAX_FRAMES ||
	    (uint64_t)nframes * XEN_PAGE_SIZE > gnttab_size)
		return NULL;
	xen_arm64_mmu_map_ram(gnttab_base, (uint64_t)nframes * XEN_PAGE_SIZE);
	return (void *)(uintptr_t)gnttab_base;
}
