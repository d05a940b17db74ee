/* SPDX-License-Identifier: BSD-3-Clause */
/* Condition variables: a bounded buffer with two producers and two
 * consumers, broadcast, deadlines; and the spinlock (uk/spinlock.h). */
#include <uk/condvar.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/spinlock.h>
#include <uk/test.h>

#define ITEMS 10000 /* per producer */
#define SLOTS 8
#define MS 1000000ULL

static struct uk_mutex lock = UK_MUTEX_INIT;
static struct uk_condvar not_full = UK_CONDVAR_INIT;
static struct uk_condvar not_empty = UK_CONDVAR_INIT;
static long buf[SLOTS];
static int in, out, used;
static long consumed_sum, consumed_n;

static void producer(void *arg)
{
	long base = *(long *)arg, i;

	for (i = 1; i <= ITEMS; i++) {
		uk_mutex_lock(&lock);
		while (used == SLOTS)
			uk_condvar_wait(&not_full, &lock);
		buf[in] = base + i;
		in = (in + 1) % SLOTS;
		used++;
		uk_condvar_signal(&not_empty);
		uk_mutex_unlock(&lock);
	}
}

static void consumer(void *arg)
{
	long n;

	(void)arg;
	for (n = 0; n < ITEMS; n++) {
		uk_mutex_lock(&lock);
		while (used == 0)
			uk_condvar_wait(&not_empty, &lock);
		consumed_sum += buf[out];
		consumed_n++;
		out = (out + 1) % SLOTS;
		used--;
		uk_condvar_signal(&not_full);
		uk_mutex_unlock(&lock);
	}
}

static int ready_flag, woken;

static void wait_for_flag(void *arg)
{
	(void)arg;
	uk_mutex_lock(&lock);
	while (!ready_flag)
		uk_condvar_wait(&not_empty, &lock);
	woken++;
	uk_mutex_unlock(&lock);
}

UK_TESTSUITE(condvar);

UK_TEST(condvar, bounded_buffer)
{
	static long bases[2] = { 0, 1000000 };
	struct uk_thread *t[4];
	long want = 0, i;

	for (i = 1; i <= ITEMS; i++)
		want += i + (bases[1] + i);
	t[0] = uk_thread_create("prod", producer, &bases[0], 0);
	t[1] = uk_thread_create("cons", consumer, NULL, 0);
	t[2] = uk_thread_create("prod", producer, &bases[1], 0);
	t[3] = uk_thread_create("cons", consumer, NULL, 0);
	for (i = 0; i < 4; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_EQ(consumed_n, 2 * ITEMS);
	UK_TEST_EXPECT_EQ(consumed_sum, want);
	UK_TEST_EXPECT_EQ(used, 0);
}

UK_TEST(condvar, broadcast_wakes_all)
{
	struct uk_thread *t[5];
	int i;

	ready_flag = woken = 0;
	for (i = 0; i < 5; i++)
		t[i] = uk_thread_create("bc", wait_for_flag, NULL, 0);
	uk_sched_yield();
	uk_mutex_lock(&lock);
	ready_flag = 1;
	uk_condvar_broadcast(&not_empty);
	uk_mutex_unlock(&lock);
	for (i = 0; i < 5; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_EQ(woken, 5);
}

UK_TEST(condvar, deadline_retakes_the_mutex)
{
	uint64_t t0 = ukplat_monotonic_clock();

	uk_mutex_lock(&lock);
	UK_TEST_EXPECT_EQ(uk_condvar_wait_until(&not_full, &lock, t0 + 10 * MS),
			  UK_WAITQ_TIMEDOUT);
	UK_TEST_EXPECT(lock.owner == uk_thread_current());
	UK_TEST_EXPECT_GE(ukplat_monotonic_clock() - t0, 10 * MS);
	uk_mutex_unlock(&lock);
}

UK_TESTSUITE(spinlock);

UK_TEST(spinlock, lock_try_unlock)
{
	struct uk_spinlock s = UK_SPINLOCK_INIT;

	UK_TEST_EXPECT_EQ(uk_spin_trylock(&s), 1);
	UK_TEST_EXPECT_EQ(uk_spin_trylock(&s), 0);
	uk_spin_unlock(&s);
	uk_spin_lock(&s);
	UK_TEST_EXPECT(s.locked);
	uk_spin_unlock(&s);
	UK_TEST_EXPECT(!s.locked);
}
