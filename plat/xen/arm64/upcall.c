/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The event-channel interrupt on arm64. Xen raises the PPI when it sets
 * evtchn_upcall_pending, and again after our scan clears it for an event
 * that comes later, so the handler scans (xen_evtchn_upcall()) and then
 * ends the interrupt. IRQs are open only inside ukplat_halt(), so, as on
 * x86_64, handlers run only there.
 */
#include <uk/fdt.h>
#include <uk/intctlr/gic.h>
#include "../../shared/arm64/gtimer.h"
#include "../common/evtchn.h"
#include "pvapi.h"
#include "upcall.h"

#define GUEST_EVTCHN_PPI UK_GIC_PPI(15)

static unsigned int evtchn_intid;
/*
 * Set with the PPI: the IRQ vector reaches xen_arm64_upcall() in every
 * image, but only one that uses event channels links the scan (volatile,
 * or the compiler calls the one value it is ever given directly, and
 * hello world links the event channels and the GIC set-up: +4 KiB).
 */
static void (*volatile scan)(void);

void xen_upcall_init(void)
{
	const void *fdt = xen_arm64_fdt();
	int node = fdt ? uk_fdt_find_compatible(fdt, -1, "xen,xen") : -1;
	unsigned int intid = GUEST_EVTCHN_PPI;

	arm64_gtimer_gic_setup();
	if (node >= 0 && uk_gic_fdt_irq(fdt, node, 0, &intid))
		intid = GUEST_EVTCHN_PPI;
	scan = xen_evtchn_upcall;
	evtchn_intid = intid;
	uk_gic_enable(intid);
}

bool xen_arm64_upcall(unsigned int intid)
{
	if (!scan || intid != evtchn_intid)
		return false;
	scan();
	uk_gic_eoi(intid);
	arm64_gtimer_wake();
	return true;
}
