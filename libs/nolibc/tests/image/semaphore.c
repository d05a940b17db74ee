/* SPDX-License-Identifier: BSD-3-Clause */
/* Unnamed semaphores: counting, blocking and waking, trywait, timeouts,
 * errors in errno. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <time.h>
#include <uk/test.h>

static sem_t sem;
static int taken;

static void *take(void *arg)
{
	(void)arg;
	if (sem_wait(&sem) == 0)
		taken++;
	return NULL;
}

UK_TESTSUITE(posix_sem);

UK_TEST(posix_sem, count_wait_post)
{
	pthread_t t[2];
	int v = -1;

	UK_TEST_ASSERT_EQ(sem_init(&sem, 0, 2), 0);
	sem_getvalue(&sem, &v);
	UK_TEST_EXPECT_EQ(v, 2);
	UK_TEST_EXPECT_EQ(sem_wait(&sem), 0);
	UK_TEST_EXPECT_EQ(sem_trywait(&sem), 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(sem_trywait(&sem), -1);
	UK_TEST_EXPECT_EQ(errno, EAGAIN);

	taken = 0;
	pthread_create(&t[0], NULL, take, NULL);
	pthread_create(&t[1], NULL, take, NULL);
	sched_yield(); /* both block */
	UK_TEST_EXPECT_EQ(taken, 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(sem_destroy(&sem), -1);
	UK_TEST_EXPECT_EQ(errno, EBUSY);
	sem_post(&sem);
	sched_yield();
	UK_TEST_EXPECT_EQ(taken, 1);
	sem_post(&sem);
	sem_post(&sem); /* nobody waits: kept */
	pthread_join(t[0], NULL);
	pthread_join(t[1], NULL);
	UK_TEST_EXPECT_EQ(taken, 2);
	sem_getvalue(&sem, &v);
	UK_TEST_EXPECT_EQ(v, 1);
	UK_TEST_EXPECT_EQ(sem_destroy(&sem), 0);
}

UK_TEST(posix_sem, timedwait_and_errors)
{
	struct timespec t, now;

	errno = 0;
	UK_TEST_EXPECT_EQ(sem_init(&sem, 0, (unsigned int)SEM_VALUE_MAX + 1),
			  -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);
	sem_init(&sem, 1, 1); /* pshared: one address space anyway */
	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_nsec = 1000000000L; /* bad, but not looked at: no wait */
	UK_TEST_EXPECT_EQ(sem_timedwait(&sem, &t), 0);
	errno = 0;
	UK_TEST_EXPECT_EQ(sem_timedwait(&sem, &t), -1);
	UK_TEST_EXPECT_EQ(errno, EINVAL);

	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_nsec += 5000000;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000L;
	}
	errno = 0;
	UK_TEST_EXPECT_EQ(sem_timedwait(&sem, &t), -1);
	UK_TEST_EXPECT_EQ(errno, ETIMEDOUT);
	clock_gettime(CLOCK_REALTIME, &now);
	UK_TEST_EXPECT(now.tv_sec > t.tv_sec ||
		       (now.tv_sec == t.tv_sec && now.tv_nsec >= t.tv_nsec));

	sem_init(&sem, 0, SEM_VALUE_MAX);
	errno = 0;
	UK_TEST_EXPECT_EQ(sem_post(&sem), -1);
	UK_TEST_EXPECT_EQ(errno, EOVERFLOW);
}
