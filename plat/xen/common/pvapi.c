/* SPDX-License-Identifier: BSD-3-Clause */
/* The architecture-independent part of uk/xen/platform.h: hypercalls. */
#include <uk/xen/platform.h>
#include "hypercall.h"
#include "platform.h"

long ukplat_xen_hypercall(unsigned int op, uint64_t a1, uint64_t a2,
			  uint64_t a3, uint64_t a4, uint64_t a5)
{
	return xen_hypercall(op, a1, a2, a3, a4, a5);
}

bool ukplat_xen_is_dom0(void) { return xen_is_dom0; }
