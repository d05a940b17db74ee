/* SPDX-License-Identifier: BSD-3-Clause */
/* The IRQ vector's C side on xen-arm64 (Xen's virtual GIC). */
#include <uk/plat/shutdown.h>
#include "../common/kprint.h"
#include "../../common/arm64/gtimer.h"
#include "platform_arm64.h"

void xen_arm64_irq(void)
{
	unsigned int intid = arm64_gtimer_irq();

	if (!intid)
		return;
	xen_puts("\nxen: unexpected interrupt, INTID ");
	xen_putnum(intid, 10, 0);
	xen_puts(", which nothing handles\n");
	ukplat_crash("unexpected interrupt");
}
