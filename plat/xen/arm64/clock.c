/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * xen_clock_ns() for the console code on xen-arm64: the monotonic clock
 * (the virtual counter; Xen starts it near 0 for each domain). The rest
 * of uk/plat/time.h is shared with kvm-arm64 in plat/common/arm64/:
 * the generic timer through Xen's virtual GIC (gtimer.c) and the wall
 * clock from a PL031, which Xen passes to dom0 (pl031.c).
 */
#include <uk/plat/time.h>
#include "../common/console.h"

uint64_t xen_clock_ns(void)
{
	return ukplat_monotonic_clock();
}
