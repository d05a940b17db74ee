/* SPDX-License-Identifier: BSD-3-Clause */
/* Thread-local storage: initial values (.tdata) and zeroes (.tbss) in
 * every thread, alignment, each thread its own copy of a __thread
 * counter and of errno across switches. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <uk/test.h>

static __thread int counter = 100;
static _Thread_local long zeroed[4];
static _Thread_local char aligned[24] __attribute__((aligned(64))) = "tls";

struct result {
	int counter, err, init_ok;
	const void *where;
};

static void *count(void *arg)
{
	struct result *r = arg;
	int i, step = r->counter; /* 1 or 2 */

	r->init_ok = counter == 100 && zeroed[0] == 0 && zeroed[3] == 0 &&
		     aligned[0] == 't' && ((uintptr_t)aligned & 63) == 0;
	errno = step * 1000;
	for (i = 0; i < 5; i++) {
		counter += step;
		zeroed[3] += step;
		sched_yield(); /* the other thread runs between increments */
	}
	r->counter = counter;
	r->err = errno;
	r->where = &counter;
	return NULL;
}

UK_TESTSUITE(tls);

UK_TEST(tls, main_has_initial_values)
{
	UK_TEST_EXPECT_EQ(counter, 100);
	UK_TEST_EXPECT_EQ(zeroed[1], 0);
	UK_TEST_EXPECT_STREQ(aligned, "tls");
	UK_TEST_EXPECT_EQ((uintptr_t)aligned & 63, 0);
}

UK_TEST(tls, threads_count_separately)
{
	struct result a = { .counter = 1 }, b = { .counter = 2 };
	pthread_t ta, tb;

	counter = 7;
	errno = 55;
	pthread_create(&ta, NULL, count, &a);
	pthread_create(&tb, NULL, count, &b);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	UK_TEST_EXPECT(a.init_ok);
	UK_TEST_EXPECT(b.init_ok);
	UK_TEST_EXPECT_EQ(a.counter, 105);
	UK_TEST_EXPECT_EQ(b.counter, 110);
	UK_TEST_EXPECT_EQ(a.err, 1000);
	UK_TEST_EXPECT_EQ(b.err, 2000);
	UK_TEST_EXPECT(a.where != b.where && a.where != (void *)&counter);
	UK_TEST_EXPECT_EQ(counter, 7); /* main's own, untouched */
	UK_TEST_EXPECT_EQ(errno, 55);
	counter = 100;
}
