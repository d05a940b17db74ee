/* SPDX-License-Identifier: BSD-3-Clause */
/* Wait queues: FIFO wake-ups, wake-all, deadlines, and a wake-up that
 * comes before the deadline cancels it. */
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define MS 1000000ULL

static struct uk_waitq wq = UK_WAITQ_INIT;
static char woke[16];
static int nwoke;

static void waiter(void *arg)
{
	uk_waitq_wait(&wq, UKPLAT_TIME_NEVER);
	woke[nwoke++] = *(const char *)arg;
	woke[nwoke] = '\0';
}

static void waker_after_10ms(void *arg)
{
	uk_sched_sleep_ns(10 * MS);
	*(int *)arg = uk_waitq_wake_one(&wq);
}

UK_TESTSUITE(waitq);

UK_TEST(waitq, wake_one_is_fifo)
{
	static const char ids[] = "xyz";
	struct uk_thread *t[3];
	int i;

	nwoke = 0;
	for (i = 0; i < 3; i++)
		t[i] = uk_thread_create("w", waiter, (void *)&ids[i], 0);
	uk_sched_yield(); /* all three block */
	UK_TEST_EXPECT(!uk_waitq_empty(&wq));
	for (i = 0; i < 3; i++) {
		UK_TEST_EXPECT_EQ(uk_waitq_wake_one(&wq), 1);
		uk_sched_yield();
	}
	UK_TEST_EXPECT_STREQ(woke, "xyz");
	UK_TEST_EXPECT_EQ(uk_waitq_wake_one(&wq), 0);
	for (i = 0; i < 3; i++)
		uk_thread_join(t[i]);
}

UK_TEST(waitq, wake_all)
{
	static const char ids[] = "abcd";
	struct uk_thread *t[4];
	int i;

	nwoke = 0;
	for (i = 0; i < 4; i++)
		t[i] = uk_thread_create("w", waiter, (void *)&ids[i], 0);
	uk_sched_yield();
	UK_TEST_EXPECT_EQ(uk_waitq_wake_all(&wq), 4);
	for (i = 0; i < 4; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_STREQ(woke, "abcd");
	UK_TEST_EXPECT(uk_waitq_empty(&wq));
}

UK_TEST(waitq, deadline_passes)
{
	uint64_t t0 = ukplat_monotonic_clock();

	UK_TEST_EXPECT_EQ(uk_waitq_wait(&wq, t0 + 20 * MS), UK_WAITQ_TIMEDOUT);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 20 * MS);
	UK_TEST_EXPECT(uk_waitq_empty(&wq));
}

UK_TEST(waitq, wake_before_deadline)
{
	int woken = 0;
	uint64_t t0 = ukplat_monotonic_clock();
	struct uk_thread *t =
		uk_thread_create("waker", waker_after_10ms, &woken, 0);

	UK_TEST_EXPECT_EQ(uk_waitq_wait(&wq, t0 + UKPLAT_NSEC_PER_SEC), 0);
	UK_TEST_EXPECT_LT(ukplat_monotonic_clock() - t0, 500 * MS);
	uk_thread_join(t);
	UK_TEST_EXPECT_EQ(woken, 1);
	/* The cancelled deadline must not wake anything later. */
	uk_sched_sleep_ns(5 * MS);
	UK_TEST_EXPECT(uk_waitq_empty(&wq));
}
