/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * halt_until.h - for in-image tests of uk/plat/time.h: the idle loop of
 * a scheduler, reduced to one deadline.
 */
#ifndef UK_PLAT_TESTS_HALT_UNTIL_H
#define UK_PLAT_TESTS_HALT_UNTIL_H

#include <uk/plat/time.h>

/** Arm deadline and halt until the clock reaches it; returns the number of halts. */
static inline unsigned int halt_until(uint64_t deadline)
{
	unsigned int halts = 0;

	ukplat_timer_arm(deadline);
	while (ukplat_monotonic_clock() < deadline) {
		ukplat_halt();
		halts++;
	}
	return halts;
}

#endif /* UK_PLAT_TESTS_HALT_UNTIL_H */
