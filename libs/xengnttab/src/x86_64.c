/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 PV: Xen allocates the table's frames (GNTTABOP_setup_table
 * returns their machine frame numbers); plat-xen maps them.
 */
#include <errno.h>
#include <uk/xen/platform.h>
#include "gnttab.h"

struct gnttab_entry *gnttab_arch_setup(unsigned int nframes, int *err)
{
	uint64_t frames[UKPLAT_XEN_GNTTAB_MAX_FRAMES];
	struct gnttab_setup_table s = {
		.dom = UKPLAT_XEN_DOMID_SELF,
		.nr_frames = nframes,
		.frame_list = (uint64_t)(uintptr_t)frames,
	};
	struct gnttab_entry *t;
	long rc;

	if (nframes > UKPLAT_XEN_GNTTAB_MAX_FRAMES) {
		*err = -EINVAL;
		return NULL;
	}
	rc = gnttab_op(GNTTABOP_SETUP_TABLE, &s, 1);
	if (rc < 0 || s.status != GNTST_OKAY) {
		*err = rc < 0 ? (int)rc : gnttab_status_errno(s.status);
		return NULL;
	}
	t = ukplat_xen_gnttab_map(frames, nframes);
	if (!t)
		*err = -EIO;
	return t;
}
