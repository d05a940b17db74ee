/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device interrupts on xen-arm64: none yet. Xen's event channels arrive
 * on the PPI of the device tree's /hypervisor node, which is not taken
 * yet (docs/xen.md); an IRQ other than the timer's is fatal and the
 * shared decoder names it.
 */
#include "../../shared/arm64/trap.h"

bool arm64_plat_irq_dispatch(unsigned int intid)
{
	(void)intid;
	return false;
}
