/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupts on xen-arm64: Xen's virtual GIC and the virtual timer,
 * set up from the guest device tree; the IRQ vector's C side.
 */
#include <uk/intctlr/gic.h>
#include <uk/plat/shutdown.h>
#include "../common/kprint.h"
#include "../../common/arm64/gtimer.h"
#include "platform_arm64.h"

void xen_arm64_irq_init(const void *fdt)
{
	int err = arm64_gtimer_init(fdt);

	if (!err)
		return;
	xen_puts("xen: interrupt controller: ");
	xen_puts(uk_gic_strerror(err));
	xen_puts("\n");
	ukplat_crash("xen: cannot wait for the timer without a GIC");
}

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
