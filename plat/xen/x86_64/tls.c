/* SPDX-License-Identifier: BSD-3-Clause */
/* The thread pointer on xen-x86_64 (PV): the FS base, which a PV kernel
 * sets through Xen (set_segment_base), not with wrmsr. */
#include <uk/plat/shutdown.h>
#include <uk/plat/tls.h>
#include "hypercall.h"

#define XEN_HC_SET_SEGMENT_BASE 25
#define XEN_SEGBASE_FS 0

void ukplat_tls_set(uintptr_t tp)
{
	if (xen_hypercall(XEN_HC_SET_SEGMENT_BASE, XEN_SEGBASE_FS, tp, 0, 0,
			  0) < 0)
		ukplat_crash("xen: set_segment_base(FS) failed");
}
