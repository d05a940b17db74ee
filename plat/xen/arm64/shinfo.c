/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shared_info page on arm64: the guest picks the frame. Like Linux
 * on arm, we give Xen a page of our own RAM (.bss, identity-mapped as
 * normal write-back memory, which is how Xen maps it too); the p2m entry
 * then points at shared_info and the RAM page behind it is gone for good.
 */
#include <stdbool.h>
#include <uk/plat/shutdown.h>
#include <uk/xen/memory.h>
#include "../common/evtchn.h"
#include "../common/hypercall.h"
#include "shinfo.h"

static char shinfo_page[XEN_PAGE_SIZE] __attribute__((aligned(XEN_PAGE_SIZE)));
static volatile struct xen_shared_info *shinfo;

volatile struct xen_shared_info *xen_shinfo(void)
{
	struct ukplat_xen_add_to_physmap x = {
		.domid = XEN_DOMID_SELF,
		.space = UKPLAT_XENMAPSPACE_SHARED_INFO,
		.idx = 0,
		.gpfn = (uint64_t)(uintptr_t)shinfo_page >> XEN_PAGE_SHIFT,
	};

	if (shinfo)
		return shinfo;
	if (xen_hypercall(XEN_HC_MEMORY_OP, UKPLAT_XENMEM_ADD_TO_PHYSMAP,
			  (uint64_t)(uintptr_t)&x, 0, 0, 0) < 0)
		ukplat_crash("xen: could not map shared_info");
	/* Set before xen_evtchn_init(), which comes back here for it. */
	shinfo = (volatile struct xen_shared_info *)shinfo_page;
	xen_evtchn_init();
	return shinfo;
}
