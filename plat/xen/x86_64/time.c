/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on x86_64 PV. The monotonic clock is Xen system time
 * from the PV clock (xen_clock_ns()); the wall clock is shared_info's
 * wc_* (the wall time at system time 0) plus it. Halting blocks the
 * vCPU in SCHEDOP_poll with the armed deadline as its timeout: Xen
 * system time is exactly our monotonic clock, and poll needs no event
 * upcall (upcalls stay masked, as the API wants).
 */
#include <uk/plat/time.h>
#include "../common/console.h"
#include "../common/hypercall.h"
#include "shinfo.h"

#define XEN_SCHEDOP_POLL 3

struct xen_sched_poll {
	uint64_t ports;    /* guest pointer to uint32_t ports[] */
	uint32_t nr_ports;
	uint64_t timeout;  /* absolute system time; 0: none */
};
_Static_assert(sizeof(struct xen_sched_poll) == 24, "sched_poll layout");

static uint64_t deadline = UKPLAT_TIME_NEVER;

uint64_t ukplat_monotonic_clock(void)
{
	return xen_clock_ns();
}

uint64_t ukplat_wall_clock(void)
{
	const volatile struct xen_shared_info *s = xen_shinfo();
	uint32_t v;
	uint64_t sec, nsec;

	if (!s)
		return xen_clock_ns();
	do {
		v = s->wc_version;
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		sec = ((uint64_t)s->wc_sec_hi << 32) | s->wc_sec;
		nsec = s->wc_nsec;
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	} while ((v & 1) || v != s->wc_version);
	return sec * UKPLAT_NSEC_PER_SEC + nsec + xen_clock_ns();
}

void ukplat_timer_arm(uint64_t when)
{
	deadline = when;
}

void ukplat_halt(void)
{
	struct xen_sched_poll poll = { .ports = 0, .nr_ports = 0 };

	if (deadline != UKPLAT_TIME_NEVER && xen_clock_ns() >= deadline)
		return;
	/* A timeout of 0 would mean none: the deadline is never 0 here. */
	poll.timeout = deadline == UKPLAT_TIME_NEVER ? 0 : deadline;
	xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_POLL,
		      (uint64_t)(uintptr_t)&poll, 0, 0, 0);
}
