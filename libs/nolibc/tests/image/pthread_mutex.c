/* SPDX-License-Identifier: BSD-3-Clause */
/* pthread mutexes: a timed relock by the owner times out at its deadline
 * (every type's rule), attribute getters, condattr clocks honoured. */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <uk/test.h>

/* now + ms on clock id */
static struct timespec in_ms(clockid_t id, long ms)
{
	struct timespec t;

	clock_gettime(id, &t);
	t.tv_nsec += ms * 1000000L;
	t.tv_sec += t.tv_nsec / 1000000000L;
	t.tv_nsec %= 1000000000L;
	if (t.tv_nsec < 0) {
		t.tv_sec--;
		t.tv_nsec += 1000000000L;
	}
	return t;
}

static int reached(clockid_t id, const struct timespec *t)
{
	struct timespec now;

	clock_gettime(id, &now);
	return now.tv_sec > t->tv_sec ||
	       (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;

static void *timed_from_other(void *arg)
{
	struct timespec until = in_ms(CLOCK_REALTIME, 5);

	*(int *)arg = pthread_mutex_timedlock(&held, &until);
	return NULL;
}

UK_TESTSUITE(pthread_mutex);

UK_TEST(pthread_mutex, normal_timed_relock_times_out)
{
	pthread_mutex_t m;
	struct timespec until = in_ms(CLOCK_REALTIME, 10);

	pthread_mutex_init(&m, NULL);
	UK_TEST_ASSERT_EQ(pthread_mutex_lock(&m), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_timedlock(&m, &until), ETIMEDOUT);
	UK_TEST_EXPECT(reached(CLOCK_REALTIME, &until));
	UK_TEST_EXPECT_EQ(pthread_mutex_trylock(&m), EBUSY);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&m), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&m), EPERM); /* once only */
	UK_TEST_EXPECT_EQ(pthread_mutex_destroy(&m), 0);
}

UK_TEST(pthread_mutex, timed_lock_of_other_owner)
{
	pthread_t t;
	int r = -1;

	pthread_mutex_lock(&held);
	pthread_create(&t, NULL, timed_from_other, &r);
	pthread_join(t, NULL);
	UK_TEST_EXPECT_EQ(r, ETIMEDOUT);
	pthread_mutex_unlock(&held);
	pthread_create(&t, NULL, timed_from_other, &r);
	pthread_join(t, NULL);
	UK_TEST_EXPECT_EQ(r, 0); /* free: taken (and left held by it) */
	UK_TEST_EXPECT_EQ(pthread_mutex_trylock(&held), EBUSY);
}

UK_TEST(pthread_mutex, errorcheck_and_recursive)
{
	pthread_mutexattr_t a;
	pthread_mutex_t e, r;
	struct timespec until = in_ms(CLOCK_REALTIME, 1000);
	int type = -1;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_gettype(&a, &type);
	UK_TEST_EXPECT_EQ(type, PTHREAD_MUTEX_DEFAULT);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutexattr_gettype(&a, &type);
	UK_TEST_EXPECT_EQ(type, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&e, &a);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&e), EPERM);
	pthread_mutex_lock(&e);
	UK_TEST_EXPECT_EQ(pthread_mutex_timedlock(&e, &until), EDEADLK);
	UK_TEST_EXPECT_EQ(pthread_mutex_trylock(&e), EBUSY);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&e), 0);

	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&r, &a);
	UK_TEST_EXPECT_EQ(pthread_mutex_lock(&r), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_timedlock(&r, &until), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_trylock(&r), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&r), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&r), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_destroy(&r), EBUSY);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&r), 0);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&r), EPERM);
	UK_TEST_EXPECT_EQ(pthread_mutex_destroy(&r), 0);
}

UK_TEST(pthread_mutex, condattr_clock)
{
	pthread_condattr_t ca;
	pthread_cond_t c;
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	struct timespec until;
	clockid_t id = -1;

	pthread_condattr_init(&ca);
	pthread_condattr_getclock(&ca, &id);
	UK_TEST_EXPECT_EQ(id, CLOCK_REALTIME);
	UK_TEST_EXPECT_EQ(pthread_condattr_setclock(&ca, 42), EINVAL);
	UK_TEST_EXPECT_EQ(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), 0);
	pthread_condattr_getclock(&ca, &id);
	UK_TEST_EXPECT_EQ(id, CLOCK_MONOTONIC);
	pthread_cond_init(&c, &ca);

	/* A monotonic deadline 10 ms on: read as a wall-clock time it would
	 * be decades ago and return at once. */
	until = in_ms(CLOCK_MONOTONIC, 10);
	pthread_mutex_lock(&m);
	UK_TEST_EXPECT_EQ(pthread_cond_timedwait(&c, &m, &until), ETIMEDOUT);
	UK_TEST_EXPECT(reached(CLOCK_MONOTONIC, &until));
	until = in_ms(CLOCK_MONOTONIC, -1);
	UK_TEST_EXPECT_EQ(pthread_cond_timedwait(&c, &m, &until), ETIMEDOUT);
	until.tv_nsec = 1000000000L;
	UK_TEST_EXPECT_EQ(pthread_cond_timedwait(&c, &m, &until), EINVAL);
	UK_TEST_EXPECT_EQ(pthread_mutex_unlock(&m), 0);
	UK_TEST_EXPECT_EQ(pthread_cond_destroy(&c), 0);

	/* The default clock: realtime 10 ms on. */
	pthread_cond_init(&c, NULL);
	until = in_ms(CLOCK_REALTIME, 10);
	pthread_mutex_lock(&m);
	UK_TEST_EXPECT_EQ(pthread_cond_timedwait(&c, &m, &until), ETIMEDOUT);
	UK_TEST_EXPECT(reached(CLOCK_REALTIME, &until));
	pthread_mutex_unlock(&m);
}
