/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Conformance of a platform's uk/plat/time.h: clocks that behave, a
 * one-shot timer that wakes ukplat_halt() on time and not early, halts
 * that sleep instead of spinning. A platform compiles this file among
 * its in-image tests (its TESTS option) once it implements the API.
 */
#include <uk/plat/time.h>
#include <uk/test.h>
#include "halt_until.h"

#define MS 1000000ULL
#define Y2020 1577836800ULL /* 2020-01-01 in seconds since the epoch */

UK_TESTSUITE(plat_time);

UK_TEST(plat_time, monotonic_never_goes_back)
{
	uint64_t prev = ukplat_monotonic_clock(), now;
	int i, back = 0;

	for (i = 0; i < 10000; i++) {
		now = ukplat_monotonic_clock();
		back += now < prev;
		prev = now;
	}
	UK_TEST_EXPECT_EQ(back, 0);
}

UK_TEST(plat_time, wall_clock_is_a_date)
{
#if defined(CONFIG_PLAT_XEN) && defined(CONFIG_ARCH_ARM64)
	/* dom0 reads the PL031 Xen passes it; a domU has no RTC and counts
	 * from boot, as the API allows. */
	uint64_t s = ukplat_wall_clock() / UKPLAT_NSEC_PER_SEC;

	UK_TEST_EXPECT(s > Y2020 || s < 24 * 3600);
#else
	UK_TEST_EXPECT_GT(ukplat_wall_clock() / UKPLAT_NSEC_PER_SEC, Y2020);
#endif
}

/*
 * A wall clock reading bracketed by the monotonic clock: it was taken
 * at some instant between mono0 and mono1. Comparing the two clocks
 * needs that bracket: a vCPU or host thread can be preempted between
 * two adjacent reads for milliseconds (a loaded host, a hypervisor
 * running other domains), so one read of each is no pair.
 */
struct stamp {
	uint64_t mono0, wall, mono1;
};

static struct stamp stamp_now(void)
{
	struct stamp s;

	s.mono0 = ukplat_monotonic_clock();
	s.wall = ukplat_wall_clock();
	s.mono1 = ukplat_monotonic_clock();
	return s;
}

UK_TEST(plat_time, halt_sleeps_until_the_deadline)
{
	struct stamp s0 = stamp_now(), s1;
	unsigned int halts = halt_until(s0.mono1 + 20 * MS);
	uint64_t slept, wall;

	s1 = stamp_now();
	slept = s1.mono0 - s0.mono1; /* the least the wall clock saw pass */
	wall = s1.wall - s0.wall;
	UK_TEST_EXPECT_GE(slept, 20 * MS);
	UK_TEST_EXPECT_LT(slept, 500 * MS);
	UK_TEST_EXPECT_LE(halts, 3); /* woken by the timer, not spinning */
	UK_TEST_EXPECT_GE(wall + MS, slept); /* the wall clock moved too */
	UK_TEST_EXPECT_LE(wall, s1.mono1 - s0.mono0 + 100 * MS);
}

UK_TEST(plat_time, past_deadline_returns_at_once)
{
	uint64_t t0 = ukplat_monotonic_clock();

	ukplat_timer_arm(t0);
	ukplat_halt();
	ukplat_halt();
	UK_TEST_EXPECT_LT(ukplat_monotonic_clock() - t0, 100 * MS);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}

UK_TEST(plat_time, rearm_replaces_the_deadline)
{
	uint64_t t0 = ukplat_monotonic_clock();
	unsigned int halts;

	ukplat_timer_arm(t0 + 10 * UKPLAT_NSEC_PER_SEC); /* replaced below */
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
	ukplat_timer_arm(t0 + 2 * MS); /* replaced below */
	halts = halt_until(t0 + 15 * MS);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 15 * MS);
	UK_TEST_EXPECT_LT(ukplat_monotonic_clock() - t0, UKPLAT_NSEC_PER_SEC);
	UK_TEST_EXPECT_LE(halts, 3);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}

UK_TEST(plat_time, many_short_sleeps)
{
	uint64_t t0 = ukplat_monotonic_clock(), step = t0;
	int i, early = 0;

	for (i = 0; i < 50; i++) {
		step += MS;
		halt_until(step);
		early += ukplat_monotonic_clock() < step;
	}
	UK_TEST_EXPECT_EQ(early, 0);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 50 * MS);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}
