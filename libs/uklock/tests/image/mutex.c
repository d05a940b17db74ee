/* SPDX-License-Identifier: BSD-3-Clause */
/* Mutexes: contention without lost increments, FIFO hand-over, try,
 * recursion, deadlines. */
#include <uk/mutex.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/test.h>

#define THREADS 8
#define INCREMENTS 5000
#define MS 1000000ULL

static struct uk_mutex m = UK_MUTEX_INIT;
static volatile long counter;
static char order[16];
static int olen;

/* Read, yield inside the critical section, write: any other thread
 * getting in between would lose an increment. */
static void incrementer(void *arg)
{
	long v;
	int i;

	(void)arg;
	for (i = 0; i < INCREMENTS; i++) {
		uk_mutex_lock(&m);
		v = counter;
		uk_sched_yield();
		counter = v + 1;
		uk_mutex_unlock(&m);
	}
}

static void lock_and_note(void *arg)
{
	uk_mutex_lock(&m);
	order[olen++] = *(const char *)arg;
	order[olen] = '\0';
	uk_mutex_unlock(&m);
}

UK_TESTSUITE(mutex);

UK_TEST(mutex, contention_loses_no_increment)
{
	struct uk_thread *t[THREADS];
	int i;

	counter = 0;
	for (i = 0; i < THREADS; i++)
		t[i] = uk_thread_create("inc", incrementer, NULL, 0);
	for (i = 0; i < THREADS; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_EQ(counter, THREADS * INCREMENTS);
	UK_TEST_EXPECT(!uk_mutex_is_locked(&m));
}

UK_TEST(mutex, waiters_get_it_in_order)
{
	static const char ids[] = "pqr";
	struct uk_thread *t[3];
	int i;

	olen = 0;
	uk_mutex_lock(&m);
	for (i = 0; i < 3; i++)
		t[i] = uk_thread_create("order", lock_and_note, (void *)&ids[i],
					0);
	uk_sched_yield(); /* they queue up behind us */
	uk_mutex_unlock(&m);
	UK_TEST_EXPECT(m.owner == t[0]); /* handed over, not left free */
	for (i = 0; i < 3; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_STREQ(order, "pqr");
}

UK_TEST(mutex, trylock_and_recursion)
{
	struct uk_mutex r;

	UK_TEST_EXPECT_EQ(uk_mutex_trylock(&m), 1);
	uk_mutex_unlock(&m);
	uk_mutex_init(&r, 1);
	uk_mutex_lock(&r);
	uk_mutex_lock(&r);
	UK_TEST_EXPECT_EQ(uk_mutex_trylock(&r), 1);
	uk_mutex_unlock(&r);
	uk_mutex_unlock(&r);
	UK_TEST_EXPECT(uk_mutex_is_locked(&r));
	uk_mutex_unlock(&r);
	UK_TEST_EXPECT(!uk_mutex_is_locked(&r));
}

static void hold_20ms(void *arg)
{
	(void)arg;
	uk_mutex_lock(&m);
	uk_sched_sleep_ns(20 * MS);
	uk_mutex_unlock(&m);
}

UK_TEST(mutex, lock_deadline)
{
	struct uk_thread *t = uk_thread_create("hold", hold_20ms, NULL, 0);
	uint64_t t0;

	uk_sched_yield(); /* it takes the mutex and sleeps */
	t0 = ukplat_monotonic_clock();
	UK_TEST_EXPECT_EQ(uk_mutex_lock_until(&m, t0 + 5 * MS),
			  UK_WAITQ_TIMEDOUT);
	UK_TEST_EXPECT(m.owner == t);
	UK_TEST_EXPECT_EQ(uk_mutex_lock_until(&m, t0 + UKPLAT_NSEC_PER_SEC), 0);
	UK_TEST_EXPECT(m.owner == uk_thread_current());
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 15 * MS);
	uk_mutex_unlock(&m);
	uk_thread_join(t);
}
