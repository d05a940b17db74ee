/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Registering the event and failsafe callbacks. A 64-bit PV guest passes
 * three addresses to set_callbacks: event, failsafe and syscall (the
 * latter is for guest user mode, which we never enter: 0).
 */
#include <uk/plat/shutdown.h>
#include "../common/hypercall.h"
#include "upcall.h"

extern char xen_upcall_entry[], xen_failsafe_entry[];

void xen_upcall_init(void)
{
	if (xen_hypercall(XEN_HC_SET_CALLBACKS,
			  (uint64_t)(uintptr_t)xen_upcall_entry,
			  (uint64_t)(uintptr_t)xen_failsafe_entry, 0, 0, 0) < 0)
		ukplat_crash("xen: set_callbacks failed");
}

void xen_failsafe(void)
{
	ukplat_crash(
		"xen: failsafe callback (Xen could not restore segment registers)");
}
