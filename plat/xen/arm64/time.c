/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on arm64: the monotonic clock is the virtual counter
 * (CNTVCT_EL0 at CNTFRQ_EL0 Hz; Xen starts it near 0 for each domain).
 * There is no wall clock yet (it counts from boot, as the API allows),
 * and no interrupt controller set up yet: ukplat_halt() gives the CPU
 * back to Xen once (SCHEDOP_yield) and returns, so waiting loops poll.
 */
#include <uk/plat/time.h>
#include "../common/console.h"
#include "../common/hypercall.h"

static uint64_t deadline = UKPLAT_TIME_NEVER;

uint64_t xen_clock_ns(void)
{
	uint64_t cnt, freq;

	__asm__ __volatile__("isb; mrs %0, cntvct_el0" : "=r"(cnt));
	__asm__ __volatile__("mrs %0, cntfrq_el0" : "=r"(freq));
	if (!freq)
		return 0;
	/* No 128-bit division: whole seconds, then the remainder (< freq). */
	return cnt / freq * UKPLAT_NSEC_PER_SEC +
	       cnt % freq * UKPLAT_NSEC_PER_SEC / freq;
}

uint64_t ukplat_monotonic_clock(void)
{
	return xen_clock_ns();
}

uint64_t ukplat_wall_clock(void)
{
	return xen_clock_ns();
}

void ukplat_timer_arm(uint64_t when)
{
	deadline = when;
}

void ukplat_halt(void)
{
	if (deadline != UKPLAT_TIME_NEVER && xen_clock_ns() >= deadline)
		return;
	xen_sched_yield();
}
