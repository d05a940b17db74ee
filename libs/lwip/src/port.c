/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What lwIP asks of a NO_SYS port: sys_now() in milliseconds from the
 * platform's monotonic clock, random numbers, and what a failed lwIP
 * assertion does (panic, with the message, file and line).
 */
#include <stdint.h>
#include <uk/plat/time.h>
#include <uk/ukdebug.h>
#include "lwip/sys.h"

u32_t sys_now(void) { return (u32_t)(ukplat_monotonic_clock() / 1000000u); }

static uint64_t rand_state;

/* xorshift64*, seeded from the clock on first use: ports and initial
 * sequence numbers need to differ between boots, not to be secret. */
uint32_t uk_lwip_rand(void)
{
	uint64_t x = rand_state;

	if (!x)
		x = ukplat_monotonic_clock() ^ 0x9e3779b97f4a7c15ull;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rand_state = x;
	return (uint32_t)((x * 0x2545f4914f6cdd1dull) >> 32);
}

void uk_lwip_assert_fail(const char *msg, const char *file, int line)
{
	uk_panic("lwip: assertion \"%s\" failed at %s:%d", msg, file, line);
}
