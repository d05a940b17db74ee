/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64: the guest chooses where the table's frames appear in its
 * address space: plat-xen names (and maps) the grant-table region, and
 * XENMEM_add_to_physmap(XENMAPSPACE_grant_table, idx = frame number)
 * puts each frame there.
 */
#include <errno.h>
#include <uk/xen/memory.h>
#include <uk/xen/platform.h>
#include "gnttab.h"

struct gnttab_entry *gnttab_arch_setup(unsigned int nframes, int *err)
{
	struct gnttab_entry *t = ukplat_xen_gnttab_map(NULL, nframes);
	unsigned int i;
	long rc;

	if (!t) {
		*err = -ENOMEM;
		return NULL;
	}
	for (i = 0; i < nframes; i++) {
		struct ukplat_xen_add_to_physmap x = {
			.domid = UKPLAT_XEN_DOMID_SELF,
			.space = UKPLAT_XENMAPSPACE_GRANT_TABLE,
			.idx = i,
			.gpfn = ((uint64_t)(uintptr_t)t >> 12) + i,
		};

		rc = ukplat_xen_hypercall(UKPLAT_XEN_HC_MEMORY_OP,
					  UKPLAT_XENMEM_ADD_TO_PHYSMAP,
					  (uint64_t)(uintptr_t)&x, 0, 0, 0);
		if (rc < 0) {
			*err = (int)rc;
			return NULL;
		}
	}
	return t;
}
