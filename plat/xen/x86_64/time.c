/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on x86_64 PV. The monotonic clock is Xen system time
 * from the PV clock (xen_clock_ns()); the wall clock is shared_info's
 * wc_* (the wall time at system time 0) plus it.
 *
 * The timer is the vCPU's single-shot timer (VCPUOP_set_singleshot_timer
 * takes absolute Xen system time, which is our monotonic clock as is),
 * raising VIRQ_TIMER on an event channel bound on first use; the
 * periodic timer Xen may start PV vCPUs with is stopped then. Halting
 * blocks the vCPU until an event (xen_evtchn_block()): the timer, or
 * any other unmasked port; a halt before the deadline always has a
 * timer event to come (set again if it fired early by our clock).
 */
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include "../common/console.h"
#include "../common/evtchn.h"
#include "../common/hypercall.h"
#include "shinfo.h"
#include "timer.h"

static uint64_t deadline = UKPLAT_TIME_NEVER;
static long port = -1;
static uint64_t fired, rearmed;
/* Set by the VIRQ_TIMER handler: Xen's one-shot for deadline is used up. */
static bool spent;

uint64_t ukplat_monotonic_clock(void) { return xen_clock_ns(); }

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

static void on_timer(uint32_t p, void *arg)
{
	(void)p;
	(void)arg;
	fired++;
	spent = true;
}

static long vcpu_op(uint32_t cmd, void *arg)
{
	return xen_hypercall(XEN_HC_VCPU_OP, cmd, 0 /* vCPU 0 */,
			     (uint64_t)(uintptr_t)arg, 0, 0);
}

long xen_timer_port(void)
{
	if (port >= 0)
		return port;
	vcpu_op(XEN_VCPUOP_STOP_PERIODIC_TIMER, NULL);
	port = xen_evtchn_bind_virq(XEN_VIRQ_TIMER);
	if (port < 0)
		ukplat_crash("xen: could not bind VIRQ_TIMER");
	xen_evtchn_set_handler((uint32_t)port, on_timer, NULL);
	xen_evtchn_unmask((uint32_t)port);
	return port;
}

uint64_t xen_timer_fired(void) { return fired; }

uint64_t xen_timer_rearmed(void) { return rearmed; }

/* Ask Xen for one VIRQ_TIMER event at deadline (Xen system time). */
static void set_timer(void)
{
	struct xen_vcpu_set_singleshot_timer t = { .timeout_abs_ns = deadline };

	spent = false;
	/* Xen's system time is signed: a larger deadline would be in the past. */
	if (deadline > (uint64_t)INT64_MAX)
		vcpu_op(XEN_VCPUOP_STOP_SINGLESHOT_TIMER, NULL);
	else if (vcpu_op(XEN_VCPUOP_SET_SINGLESHOT_TIMER, &t) < 0)
		ukplat_crash("xen: set_singleshot_timer failed");
}

void ukplat_timer_arm(uint64_t when)
{
	uint32_t p = (uint32_t)xen_timer_port();

	deadline = when;
	/* An event of the deadline this one replaces would wake a halt early. */
	xen_evtchn_clear(p);
	set_timer();
}

void ukplat_halt(void)
{
	if (deadline != UKPLAT_TIME_NEVER && xen_clock_ns() >= deadline)
		return;
	xen_timer_port();
	/*
	 * Xen fired the one-shot, yet our clock says the deadline is still
	 * ahead: Xen's system time is kept per physical CPU, and the timer
	 * ran on the pCPU it was set on, whose time may be ahead of the
	 * record of the pCPU we read now (or an event of a replaced
	 * deadline came). Blocking now would wait for an event that will
	 * never come. Setting it again, from this pCPU, gets a new one,
	 * at once if Xen's time here has passed it too.
	 */
	if (spent && deadline != UKPLAT_TIME_NEVER) {
		rearmed++;
		set_timer();
	}
	xen_evtchn_block();
}
