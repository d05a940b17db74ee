/* SPDX-License-Identifier: BSD-3-Clause */
/* Read-write locks: readers share, a writer excludes everyone, timeouts,
 * errors. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <time.h>
#include <uk/test.h>

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int inside, max_inside, writer_saw_readers;

static void *reader(void *arg)
{
	(void)arg;
	pthread_rwlock_rdlock(&rw);
	if (++inside > max_inside)
		max_inside = inside;
	sched_yield(); /* the other readers come in meanwhile */
	inside--;
	pthread_rwlock_unlock(&rw);
	return NULL;
}

static void *writer(void *arg)
{
	(void)arg;
	pthread_rwlock_wrlock(&rw);
	writer_saw_readers = inside;
	sched_yield();
	pthread_rwlock_unlock(&rw);
	return NULL;
}

static struct timespec soon(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_nsec += 5000000;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	return t;
}

static void *timed_reader(void *arg)
{
	struct timespec t = soon();

	*(int *)arg = pthread_rwlock_timedrdlock(&rw, &t);
	if (*(int *)arg == 0)
		pthread_rwlock_unlock(&rw);
	return NULL;
}

UK_TESTSUITE(pthread_rwlock);

UK_TEST(pthread_rwlock, readers_share_writer_excludes)
{
	pthread_t t[4];
	int i;

	inside = max_inside = 0;
	writer_saw_readers = -1;
	for (i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, reader, NULL);
	pthread_create(&t[3], NULL, writer, NULL);
	for (i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	UK_TEST_EXPECT_EQ(max_inside, 3);
	UK_TEST_EXPECT_EQ(writer_saw_readers, 0);
	UK_TEST_EXPECT_EQ(pthread_rwlock_destroy(&rw), 0);
}

UK_TEST(pthread_rwlock, try_timed_and_errors)
{
	struct timespec t = soon();
	pthread_t th;
	int r = -1;

	UK_TEST_EXPECT_EQ(pthread_rwlock_unlock(&rw), EPERM);
	UK_TEST_ASSERT_EQ(pthread_rwlock_rdlock(&rw), 0);
	UK_TEST_EXPECT_EQ(pthread_rwlock_tryrdlock(&rw), 0); /* readers share */
	UK_TEST_EXPECT_EQ(pthread_rwlock_trywrlock(&rw), EBUSY);
	UK_TEST_EXPECT_EQ(pthread_rwlock_timedwrlock(&rw, &t), ETIMEDOUT);
	UK_TEST_EXPECT_EQ(pthread_rwlock_destroy(&rw), EBUSY);
	pthread_rwlock_unlock(&rw);
	pthread_rwlock_unlock(&rw);

	UK_TEST_ASSERT_EQ(pthread_rwlock_wrlock(&rw), 0);
	UK_TEST_EXPECT_EQ(pthread_rwlock_wrlock(&rw), EDEADLK);
	UK_TEST_EXPECT_EQ(pthread_rwlock_rdlock(&rw), EDEADLK);
	UK_TEST_EXPECT_EQ(pthread_rwlock_tryrdlock(&rw), EBUSY);
	pthread_create(&th, NULL, timed_reader, &r);
	pthread_join(th, NULL);
	UK_TEST_EXPECT_EQ(r, ETIMEDOUT);
	UK_TEST_EXPECT_EQ(pthread_rwlock_unlock(&rw), 0);
	pthread_create(&th, NULL, timed_reader, &r);
	pthread_join(th, NULL);
	UK_TEST_EXPECT_EQ(r, 0);
	UK_TEST_EXPECT_EQ(pthread_rwlock_destroy(&rw), 0);
}
