/* SPDX-License-Identifier: BSD-3-Clause */
/* plat-xen: the PV clock, the wall clock and halting until a deadline. */
#include <uk/plat/time.h>
#include <uk/test.h>
#ifdef CONFIG_ARCH_ARM64
#include "../../../shared/arm64/pl031.h"
#endif

/* 2020-01-01 00:00:00 UTC, in seconds since the epoch */
#define Y2020 1577836800ULL

UK_TESTSUITE(xen_time);

UK_TEST(xen_time, monotonic_never_goes_back)
{
	uint64_t prev = ukplat_monotonic_clock();
	int i;

	for (i = 0; i < 1000; i++) {
		uint64_t now = ukplat_monotonic_clock();

		if (!UK_TEST_EXPECT(now >= prev))
			return;
		prev = now;
	}
}

UK_TEST(xen_time, wall_clock_is_a_date)
{
#ifdef CONFIG_ARCH_ARM64
	/* Only dom0 gets the PL031; a domU's wall clock counts from boot. */
	if (!arm64_pl031_found())
		return;
#endif
	UK_TEST_EXPECT(ukplat_wall_clock() / UKPLAT_NSEC_PER_SEC > Y2020);
}

UK_TEST(xen_time, halt_waits_for_the_deadline)
{
	uint64_t deadline = ukplat_monotonic_clock() + 5000000; /* 5 ms */

	ukplat_timer_arm(deadline);
	while (ukplat_monotonic_clock() < deadline)
		ukplat_halt();
	UK_TEST_EXPECT(ukplat_monotonic_clock() >= deadline);
}

UK_TEST(xen_time, halt_returns_at_once_after_the_deadline)
{
	uint64_t t0 = ukplat_monotonic_clock();

	ukplat_timer_arm(t0);
	ukplat_halt();
	UK_TEST_EXPECT(ukplat_monotonic_clock() - t0 < UKPLAT_NSEC_PER_SEC);
	ukplat_timer_arm(UKPLAT_TIME_NEVER);
}
