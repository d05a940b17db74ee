/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Xen's XENMEM_add_to_physmap (xen/include/public/memory.h): the guest
 * asks for a Xen-owned page (shared_info, a grant-table frame) to appear
 * at a guest frame of its choosing. Used on arm64, where the guest picks
 * those frames: by plat-xen for shared_info and by xengnttab for the
 * grant table. Call it through ukplat_xen_hypercall(UKPLAT_XEN_HC_MEMORY_OP,
 * UKPLAT_XENMEM_ADD_TO_PHYSMAP, &arg, ...).
 */
#ifndef UK_XEN_MEMORY_H
#define UK_XEN_MEMORY_H

#include <stdint.h>

/** The XENMEM_ sub-op of the memory_op hypercall. */
#define UKPLAT_XENMEM_ADD_TO_PHYSMAP 7

/** What idx names: the shared_info page (idx 0). */
#define UKPLAT_XENMAPSPACE_SHARED_INFO 0
/** What idx names: grant-table frame idx. */
#define UKPLAT_XENMAPSPACE_GRANT_TABLE 1

/** The argument of XENMEM_add_to_physmap. */
struct ukplat_xen_add_to_physmap {
	uint16_t domid; /**< the domain whose physmap changes (DOMID_SELF) */
	uint16_t size;	/**< pages, for XENMAPSPACE_gmfn_range only */
	uint32_t space; /**< UKPLAT_XENMAPSPACE_* */
	uint64_t idx;	/**< which page of that space */
	uint64_t gpfn;	/**< the guest frame where it appears */
};
_Static_assert(sizeof(struct ukplat_xen_add_to_physmap) == 24,
	       "xen_add_to_physmap is 24 bytes in Xen's ABI");

#endif
