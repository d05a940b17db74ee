/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The wall clock of uk/plat/time.h on kvm-arm64: the PL031 RTC's second
 * (read once), advanced by the monotonic clock. The monotonic clock, the
 * one-shot timer and ukplat_halt() are the generic timer's and the GIC's
 * (plat/common/arm64/gtimer.c).
 */
#include <stdbool.h>
#include <uk/plat/time.h>

/* QEMU virt's PL031 real-time clock: data register = seconds since 1970 */
#define PL031_DR 0x09010000UL

uint64_t ukplat_wall_clock(void)
{
	static uint64_t base, at;
	static bool read;

	if (!read) {
		base = (uint64_t)*(volatile uint32_t *)PL031_DR *
		       UKPLAT_NSEC_PER_SEC;
		at = ukplat_monotonic_clock();
		read = true;
	}
	return base + (ukplat_monotonic_clock() - at);
}
