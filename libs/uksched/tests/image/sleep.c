/* SPDX-License-Identifier: BSD-3-Clause */
/* Sleeping: bounds, order of wake-ups, a tickless idle loop, and other
 * threads running while one sleeps. */
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define MS 1000000ULL

static uint64_t slept_ns;
static char woke[8];
static int nwoke;
static volatile int stop;

static void sleep_100ms(void *arg)
{
	uint64_t t0 = ukplat_monotonic_clock();

	(void)arg;
	uk_sched_sleep_ns(100 * MS);
	slept_ns = ukplat_monotonic_clock() - t0;
}

static void sleep_and_note(void *arg)
{
	const char *id = arg;

	uk_sched_sleep_ns((uint64_t)(id[1] - '0') * 10 * MS);
	woke[nwoke++] = id[0];
	woke[nwoke] = '\0';
}

static void spin_yielding(void *arg)
{
	while (!stop) {
		(*(unsigned long *)arg)++;
		uk_sched_yield();
	}
}

/* Sleeps until a deadline that has passed by the time it blocks. */
static void sleep_until_passed(void *arg)
{
	uk_sched_sleep_until(ukplat_monotonic_clock());
	(*(int *)arg)++;
}

UK_TESTSUITE(sleep);

/* A thread sleeping 100 ms wakes after at least 100 ms, well within 1 s. */
UK_TEST(sleep, thread_sleeps_100ms)
{
	struct uk_thread *t = uk_thread_create("sleeper", sleep_100ms, NULL, 0);

	uk_thread_join(t);
	UK_TEST_EXPECT_GE(slept_ns, 100 * MS);
	UK_TEST_EXPECT_LT(slept_ns, 500 * MS);
}

UK_TEST(sleep, wakes_in_deadline_order)
{
	static const char *const ids[] = { "c3", "a1", "b2" };
	struct uk_thread *t[3];
	int i;

	nwoke = 0;
	for (i = 0; i < 3; i++)
		t[i] = uk_thread_create("s", sleep_and_note, (void *)ids[i], 0);
	for (i = 0; i < 3; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_STREQ(woke, "abc");
}

/*
 * Nothing else to run: the idle loop halts (it does not spin) and, where
 * the platform's halt returns only on an interrupt, a few times at most:
 * the timer is armed for the deadline, there is no tick. xen-arm64 has
 * no interrupts yet and its halt wakes on the counter's event stream,
 * as uk/plat/time.h allows; there only the halting is checked.
 */
UK_TEST(sleep, idle_is_tickless)
{
	struct uk_sched_stats s0, s1;
	uint64_t t0 = ukplat_monotonic_clock();

	uk_sched_stats_get(&s0);
	uk_sched_sleep_ns(50 * MS);
	uk_sched_stats_get(&s1);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 50 * MS);
	UK_TEST_EXPECT_GE(s1.halts - s0.halts, 1);
#if !(defined(CONFIG_PLAT_XEN) && defined(CONFIG_ARCH_ARM64))
	UK_TEST_EXPECT_LE(s1.halts - s0.halts, 3);
#endif
}

UK_TEST(sleep, others_run_meanwhile)
{
	unsigned long spins = 0;
	struct uk_thread *t =
		uk_thread_create("spin", spin_yielding, &spins, 0);
	uint64_t t0 = ukplat_monotonic_clock();

	stop = 0;
	uk_sched_sleep_ns(20 * MS);
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 20 * MS);
	stop = 1;
	uk_thread_join(t);
	UK_TEST_EXPECT_GT(spins, 10);
}

/*
 * A deadline may pass between reading the clock and blocking (a
 * preempted vCPU, a loaded host): the sleeper is due at once, is woken
 * by the very switch it blocks in, and must be queued to run once, not
 * twice (which ran it again after it ended).
 */
UK_TEST(sleep, deadline_passed_before_blocking)
{
	int runs = 0;
	struct uk_thread *t =
		uk_thread_create("late", sleep_until_passed, &runs, 0);

	uk_thread_join(t);
	UK_TEST_EXPECT_EQ(runs, 1);
	uk_sched_sleep_until(ukplat_monotonic_clock()); /* main, alone */
	t = uk_thread_create("late", sleep_until_passed, &runs, 0);
	uk_thread_join(t);
	UK_TEST_EXPECT_EQ(runs, 2);
}
