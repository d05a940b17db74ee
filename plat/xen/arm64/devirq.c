/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device interrupts on xen-arm64: only Xen's event-channel PPI, once the
 * event channels are in use (upcall.c); any other IRQ than the timer's
 * is fatal and the shared decoder names it.
 */
#include "../../shared/arm64/trap.h"
#include "upcall.h"

bool arm64_plat_irq_dispatch(unsigned int intid)
{
	return xen_arm64_upcall(intid);
}
