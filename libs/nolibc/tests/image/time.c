/* SPDX-License-Identifier: BSD-3-Clause */
/* time.h and sys/time.h over the platform clocks. The wall clock may
 * count from boot where a platform has none (uk/plat/time.h): no date
 * is assumed here. */
#include <errno.h>
#include <sys/time.h>
#include <time.h>
#include <uk/test.h>

static long long ns_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

UK_TESTSUITE(time);

UK_TEST(time, clock_gettime_clocks)
{
	struct timespec a, b, r;

	UK_TEST_EXPECT_EQ(clock_gettime(CLOCK_MONOTONIC, &a), 0);
	UK_TEST_EXPECT_EQ(clock_gettime(CLOCK_MONOTONIC, &b), 0);
	UK_TEST_EXPECT_GE(ns_of(&b), ns_of(&a));
	UK_TEST_EXPECT(a.tv_nsec >= 0 && a.tv_nsec < 1000000000L);
	UK_TEST_EXPECT_EQ(clock_gettime(CLOCK_REALTIME, &r), 0);
	UK_TEST_EXPECT(r.tv_nsec >= 0 && r.tv_nsec < 1000000000L);
	errno = 0;
	UK_TEST_EXPECT_EQ(clock_gettime(42, &r), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	UK_TEST_EXPECT_EQ(clock_getres(CLOCK_MONOTONIC, &r), 0);
	UK_TEST_EXPECT(r.tv_sec == 0 && r.tv_nsec == 1);
}

UK_TEST(time, time_and_gettimeofday_agree)
{
	struct timeval tv;
	time_t t, u = 0;

	t = time(&u);
	UK_TEST_EXPECT_EQ(gettimeofday(&tv, NULL), 0);
	UK_TEST_EXPECT_EQ(t, u);
	UK_TEST_EXPECT_LE(t, tv.tv_sec);
	UK_TEST_EXPECT_LE(tv.tv_sec - t, 1);
	UK_TEST_EXPECT(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
}

UK_TEST(time, nanosleep_sleeps)
{
	struct timespec a, b, wa, wb, req = { 0, 30000000 }, rem = { 5, 5 };

	clock_gettime(CLOCK_MONOTONIC, &a);
	clock_gettime(CLOCK_REALTIME, &wa);
	UK_TEST_EXPECT_EQ(nanosleep(&req, &rem), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	clock_gettime(CLOCK_REALTIME, &wb);
	UK_TEST_EXPECT_GE(ns_of(&b) - ns_of(&a), 30000000LL);
	UK_TEST_EXPECT_LT(ns_of(&b) - ns_of(&a), 1000000000LL);
	UK_TEST_EXPECT_GE(ns_of(&wb) - ns_of(&wa), 29000000LL); /* wall moves */
	UK_TEST_EXPECT(rem.tv_sec == 0 && rem.tv_nsec == 0);
	req.tv_nsec = 1000000000L;
	errno = 0;
	UK_TEST_EXPECT_EQ(nanosleep(&req, NULL), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
}
