/* SPDX-License-Identifier: BSD-3-Clause */
/* Semaphores: a 100,000-round ping-pong between two threads, counting,
 * deadlines, try. */
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/semaphore.h>
#include <uk/test.h>

#define ROUNDS 100000
#define MS 1000000ULL

static struct uk_semaphore ping, pong;
static long pongs;

static void ponger(void *arg)
{
	long i;

	(void)arg;
	for (i = 0; i < ROUNDS; i++) {
		uk_semaphore_down(&ping);
		pongs++;
		uk_semaphore_up(&pong);
	}
}

static void down_and_count(void *arg)
{
	uk_semaphore_down(&ping);
	(*(int *)arg)++;
}

UK_TESTSUITE(semaphore);

/* Two threads hand a token back and forth 100,000 times. */
UK_TEST(semaphore, ping_pong_100000)
{
	struct uk_sched_stats s0, s1;
	struct uk_thread *t;
	long i, lost = 0;

	uk_semaphore_init(&ping, 0);
	uk_semaphore_init(&pong, 0);
	pongs = 0;
	uk_sched_stats_get(&s0);
	t = uk_thread_create("ponger", ponger, NULL, 0);
	UK_TEST_ASSERT(t != NULL);
	for (i = 0; i < ROUNDS; i++) {
		uk_semaphore_up(&ping);
		uk_semaphore_down(&pong);
		lost += pongs != i + 1;
	}
	uk_thread_join(t);
	uk_sched_stats_get(&s1);
	UK_TEST_EXPECT_EQ(lost, 0);
	UK_TEST_EXPECT_EQ(pongs, ROUNDS);
	UK_TEST_EXPECT_EQ(ping.count + pong.count, 0);
	UK_TEST_EXPECT_GE(s1.switches - s0.switches, 2 * ROUNDS);
}

UK_TEST(semaphore, counting_and_try)
{
	struct uk_semaphore s;

	uk_semaphore_init(&s, 3);
	UK_TEST_EXPECT(uk_semaphore_trydown(&s) && uk_semaphore_trydown(&s));
	uk_semaphore_down(&s); /* the third unit: does not block */
	UK_TEST_EXPECT_EQ(uk_semaphore_trydown(&s), 0);
	uk_semaphore_up(&s);
	UK_TEST_EXPECT_EQ(s.count, 1);
}

UK_TEST(semaphore, deadline)
{
	struct uk_semaphore s = UK_SEMAPHORE_INIT(0);
	uint64_t t0 = ukplat_monotonic_clock();

	UK_TEST_EXPECT_EQ(uk_semaphore_down_until(&s, t0 + 15 * MS),
			  UK_WAITQ_TIMEDOUT);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 15 * MS);
	UK_TEST_EXPECT_EQ(s.count, 0);
	UK_TEST_EXPECT(uk_waitq_empty(&s.waiters));
}

/* A unit given back goes to a waiter, not to a later caller. */
UK_TEST(semaphore, up_hands_over_to_waiters)
{
	int got = 0, i;
	struct uk_thread *t[3];

	uk_semaphore_init(&ping, 0);
	for (i = 0; i < 3; i++)
		t[i] = uk_thread_create("down", down_and_count, &got, 0);
	uk_sched_yield(); /* all three wait */
	uk_semaphore_up(&ping);
	uk_semaphore_up(&ping);
	UK_TEST_EXPECT_EQ(uk_semaphore_trydown(&ping),
			  0); /* both handed over */
	uk_semaphore_up(&ping);
	for (i = 0; i < 3; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_EQ(got, 3);
	UK_TEST_EXPECT_EQ(ping.count, 0);
}
