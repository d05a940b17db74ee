/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/xen/platform.h's event channels, over the platform's own evtchn.c
 * (both architectures; handlers run inside ukplat_halt()).
 */
#include <uk/xen/platform.h>
#include "evtchn.h"
#include "hypercall.h"

long ukplat_xen_evtchn_alloc_unbound(uint16_t remote)
{
	return xen_evtchn_alloc_unbound(remote);
}

void ukplat_xen_evtchn_bind(uint32_t port, ukplat_xen_evtchn_fn fn, void *arg)
{
	xen_evtchn_set_handler(port, fn, arg);
	xen_evtchn_unmask(port);
}

void ukplat_xen_evtchn_unbind(uint32_t port)
{
	xen_evtchn_mask(port);
	xen_evtchn_set_handler(port, NULL, NULL);
}

long ukplat_xen_evtchn_notify(uint32_t port) { return xen_evtchn_send(port); }

void ukplat_xen_evtchn_close(uint32_t port) { xen_evtchn_close(port); }

long ukplat_xen_evtchn_bind_ipi(void) { return xen_evtchn_bind_ipi(); }
