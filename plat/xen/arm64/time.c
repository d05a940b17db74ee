/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on xen-arm64: the monotonic clock, the one-shot timer
 * and ukplat_halt() are the generic timer's through Xen's virtual GIC
 * (plat/common/arm64/gtimer.c; wfi gives the CPU back to Xen until the
 * interrupt). The virtual counter starts near 0 for each domain. There
 * is no wall clock yet: it counts from boot, as the API allows.
 */
#include <uk/plat/time.h>
#include "../common/console.h"

uint64_t xen_clock_ns(void)
{
	return ukplat_monotonic_clock();
}

uint64_t ukplat_wall_clock(void)
{
	return ukplat_monotonic_clock();
}
