/* SPDX-License-Identifier: BSD-3-Clause */
/* pthreads: create/join with values, self, detach, mutex types and
 * errors, condition variables with deadlines, once; sleeping functions
 * letting other threads run. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <time.h>
#include <uk/test.h>
#include <uk/ukalloc.h>
#include <unistd.h>

static void *twice(void *arg) { return (void *)((uintptr_t)arg * 2); }

static void *report_self(void *arg)
{
	*(pthread_t *)arg = pthread_self();
	pthread_exit((void *)7);
}

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int ready, once_calls;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void *wait_ready(void *arg)
{
	pthread_mutex_lock(&m);
	while (!ready)
		pthread_cond_wait(&c, &m);
	(*(int *)arg)++;
	pthread_mutex_unlock(&m);
	return NULL;
}

static void *try_unlock(void *arg)
{
	*(int *)arg = pthread_mutex_unlock(&m);
	return NULL;
}

static void init_once(void)
{
	once_calls++;
	sched_yield(); /* others arrive meanwhile and must wait */
}

static void *call_once(void *arg)
{
	pthread_once(&once, init_once);
	*(int *)arg = once_calls;
	return NULL;
}

static void *count_until_stopped(void *arg)
{
	volatile int *stop = arg;
	long n = 0;

	while (!stop[0]) {
		n++;
		sched_yield();
	}
	return (void *)n;
}

UK_TESTSUITE(pthread);

UK_TEST(pthread, create_join_value)
{
	pthread_t t;
	void *ret = NULL;

	UK_TEST_ASSERT_EQ(pthread_create(&t, NULL, twice, (void *)21), 0);
	UK_TEST_EXPECT_EQ(pthread_join(t, &ret), 0);
	UK_TEST_EXPECT_EQ((uintptr_t)ret, 42);
}

UK_TEST(pthread, self_and_exit)
{
	pthread_t t, seen = NULL;
	void *ret;

	pthread_create(&t, NULL, report_self, &seen);
	UK_TEST_EXPECT_EQ(pthread_join(t, &ret), 0);
	UK_TEST_EXPECT(pthread_equal(seen, t));
	UK_TEST_EXPECT_EQ((uintptr_t)ret, 7);
	UK_TEST_EXPECT(pthread_equal(pthread_self(), pthread_self()));
	UK_TEST_EXPECT_EQ(pthread_join(pthread_self(), NULL), EDEADLK);
}

UK_TEST(pthread, detached_threads_are_freed)
{
	struct uk_alloc_stats a0, a1;
	pthread_attr_t attr;
	pthread_t t1, t2;

	uk_alloc_stats_get(uk_alloc_get_default(), &a0);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 16384);
	UK_TEST_EXPECT_EQ(pthread_create(&t1, &attr, twice, NULL), 0);
	UK_TEST_EXPECT_EQ(pthread_create(&t2, NULL, twice, NULL), 0);
	UK_TEST_EXPECT_EQ(pthread_join(t1, NULL), EINVAL);
	sched_yield();				  /* both run and end */
	UK_TEST_EXPECT_EQ(pthread_detach(t2), 0); /* ended already: freed now */
	sched_yield();
	uk_alloc_stats_get(uk_alloc_get_default(), &a1);
	UK_TEST_EXPECT_EQ(a1.cur_nb_allocs, a0.cur_nb_allocs);
}

UK_TEST(pthread, mutex_types_and_errors)
{
	pthread_mutexattr_t a;
	pthread_mutex_t r, e;
	pthread_t t;
	int res = 0;

	pthread_mutexattr_init(&a);
	UK_TEST_EXPECT_EQ(pthread_mutexattr_settype(&a, 99), EINVAL);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&r, &a);
	UK_TEST_EXPECT(!pthread_mutex_lock(&r) && !pthread_mutex_lock(&r));
	UK_TEST_EXPECT_EQ(pthread_mutex_destroy(&r), EBUSY);
	UK_TEST_EXPECT(!pthread_mutex_unlock(&r) && !pthread_mutex_unlock(&r));
	UK_TEST_EXPECT_EQ(pthread_mutex_destroy(&r), 0);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&e, &a);
	pthread_mutex_lock(&e);
	UK_TEST_EXPECT_EQ(pthread_mutex_lock(&e), EDEADLK);
	pthread_mutex_unlock(&e);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&e), EPERM);

	pthread_mutex_lock(&m);
	UK_TEST_EXPECT_EQ(pthread_mutex_trylock(&m), EBUSY);
	pthread_create(&t, NULL, try_unlock, &res);
	pthread_join(t, NULL);
	UK_TEST_EXPECT_EQ(res, EPERM); /* not the owner */
	pthread_mutex_unlock(&m);
}

UK_TEST(pthread, cond_broadcast_and_timeout)
{
	pthread_t t[3];
	struct timespec now, until;
	int woken = 0, i;

	ready = 0;
	for (i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, wait_ready, &woken);
	sched_yield();
	pthread_mutex_lock(&m);
	ready = 1;
	pthread_cond_broadcast(&c);
	pthread_mutex_unlock(&m);
	for (i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	UK_TEST_EXPECT_EQ(woken, 3);

	clock_gettime(CLOCK_REALTIME, &now);
	until = now;
	until.tv_nsec += 10000000;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&m);
	UK_TEST_EXPECT_EQ(pthread_cond_timedwait(&c, &m, &until), ETIMEDOUT);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&m), 0); /* held again */
	clock_gettime(CLOCK_REALTIME, &now);
	UK_TEST_EXPECT(
		now.tv_sec > until.tv_sec ||
		(now.tv_sec == until.tv_sec && now.tv_nsec >= until.tv_nsec));
}

UK_TEST(pthread, once_runs_once)
{
	pthread_t t[3];
	int seen[3], i;

	for (i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, call_once, &seen[i]);
	for (i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	UK_TEST_EXPECT_EQ(once_calls, 1);
	UK_TEST_EXPECT(seen[0] == 1 && seen[1] == 1 && seen[2] == 1);
}

UK_TEST(pthread, sleeping_lets_others_run)
{
	volatile int stop[1] = { 0 };
	struct timespec req = { 0, 5000000 };
	pthread_t t;
	void *n;

	pthread_create(&t, NULL, count_until_stopped, (void *)stop);
	UK_TEST_EXPECT_EQ(nanosleep(&req, NULL), 0);
	UK_TEST_EXPECT_EQ(usleep(5000), 0);
	stop[0] = 1;
	pthread_join(t, &n);
	UK_TEST_EXPECT_GT((uintptr_t)n, 2);
}
