/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The wall clock of uk/plat/time.h on arm64: the PL031 RTC's second
 * (data register, seconds since 1970), read once on first use and
 * advanced by the monotonic clock; from boot if there is no PL031.
 */
#include <stdbool.h>
#include <uk/fdt.h>
#include <uk/plat/time.h>
#include "pl031.h"

#define PL031_DR 0x000

static uint64_t rtc;

void arm64_pl031_init(const void *fdt)
{
	int node = uk_fdt_find_compatible(fdt, -1, "arm,pl031");
	uint64_t base, size;

	if (node >= 0 && !uk_fdt_reg(fdt, node, 0, &base, &size) && size >= 4)
		rtc = base;
}

bool arm64_pl031_found(void) { return rtc != 0; }

uint64_t ukplat_wall_clock(void)
{
	static uint64_t base, at;
	static bool read;

	if (!read) {
		if (rtc)
			base = (uint64_t) *
			       (volatile uint32_t *)(rtc + PL031_DR) *
			       UKPLAT_NSEC_PER_SEC;
		at = ukplat_monotonic_clock();
		read = true;
	}
	return base + (ukplat_monotonic_clock() - at);
}
