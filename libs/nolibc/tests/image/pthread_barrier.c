/* SPDX-License-Identifier: BSD-3-Clause */
/* Barriers: nobody passes before all arrive, one serial thread per
 * cycle, reuse. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <uk/test.h>

#define N 3

static pthread_barrier_t b;
static int arrived[2], early, serial;

static void *worker(void *arg)
{
	int c, r;

	(void)arg;
	for (c = 0; c < 2; c++) {
		arrived[c]++;
		r = pthread_barrier_wait(&b);
		if (arrived[c] != N)
			early++;
		if (r == PTHREAD_BARRIER_SERIAL_THREAD)
			serial++;
		else if (r != 0)
			early += 100;
	}
	return NULL;
}

UK_TESTSUITE(pthread_barrier);

UK_TEST(pthread_barrier, all_arrive_before_any_passes)
{
	pthread_barrierattr_t a;
	pthread_t t[N];
	int i;

	pthread_barrierattr_init(&a);
	UK_TEST_EXPECT_EQ(pthread_barrier_init(&b, &a, 0), EINVAL);
	UK_TEST_ASSERT_EQ(pthread_barrier_init(&b, &a, N), 0);
	for (i = 0; i < N; i++)
		pthread_create(&t[i], NULL, worker, NULL);
	sched_yield(); /* all wait at the first cycle now */
	UK_TEST_EXPECT_EQ(pthread_barrier_destroy(&b), EBUSY);
	for (i = 0; i < N; i++)
		pthread_join(t[i], NULL);
	UK_TEST_EXPECT_EQ(early, 0);
	UK_TEST_EXPECT_EQ(serial, 2); /* one per cycle */
	UK_TEST_EXPECT_EQ(pthread_barrier_destroy(&b), 0);
	pthread_barrierattr_destroy(&a);
}
