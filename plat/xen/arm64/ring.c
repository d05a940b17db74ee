/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The PV console ring of an arm64 domU created by the toolstack: its
 * page and event channel are HVM parameters (arm guests have no
 * start_info). The page (outside /memory, in Xen's magic area) is added
 * to the identity map as normal write-back memory, as Xen's shared pages
 * must be.
 */
#include "../common/console.h"
#include "../common/hypercall.h"
#include "mmu.h"
#include "platform_arm64.h"

static long get_param(uint32_t index, uint64_t *value)
{
	struct xen_hvm_param p = { .domid = XEN_DOMID_SELF, .index = index };
	long rc = xen_hypercall(XEN_HC_HVM_OP, XEN_HVMOP_GET_PARAM,
				(uint64_t)(uintptr_t)&p, 0, 0, 0);

	*value = p.value;
	return rc;
}

long xen_arm64_use_ring(void)
{
	uint64_t pfn, port;
	long rc;

	rc = get_param(XEN_HVM_PARAM_CONSOLE_PFN, &pfn);
	if (rc < 0 || !pfn)
		return rc < 0 ? rc : -1;
	rc = get_param(XEN_HVM_PARAM_CONSOLE_EVTCHN, &port);
	if (rc < 0)
		return rc;
	xen_arm64_mmu_map_ram(pfn << XEN_PAGE_SHIFT, XEN_PAGE_SIZE);
	xen_console_use_ring(
		(struct xen_cons_ring *)(uintptr_t)(pfn << XEN_PAGE_SHIFT),
		(uint32_t)port);
	return 0;
}
