/* SPDX-License-Identifier: BSD-3-Clause */
/* Thread-specific data: values per thread, destructors at thread exit
 * (again for values a destructor sets), deleted keys. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <uk/test.h>

static pthread_key_t k1, k2;
static int freed[8], nfreed, resets;

static void record(void *v)
{
	if (nfreed < 8)
		freed[nfreed++] = (int)(uintptr_t)v;
}

/* Sets its value again once: it must get a second round. */
static void set_again(void *v)
{
	record(v);
	if (!resets++)
		pthread_setspecific(k2, (void *)99);
}

static void *use_keys(void *arg)
{
	int base = (int)(uintptr_t)arg;

	if (pthread_getspecific(k1) != NULL)
		return (void *)1;
	pthread_setspecific(k1, (void *)(uintptr_t)base);
	pthread_setspecific(k2, (void *)(uintptr_t)(base + 1));
	sched_yield(); /* the other thread sets its own meanwhile */
	if (pthread_getspecific(k1) != (void *)(uintptr_t)base)
		return (void *)2;
	return NULL;
}

static void *exits_with_value(void *arg)
{
	pthread_setspecific(k1, arg);
	pthread_exit(NULL);
}

UK_TESTSUITE(pthread_key);

UK_TEST(pthread_key, per_thread_values_and_destructors)
{
	pthread_t a, b;
	void *ra, *rb;

	nfreed = resets = 0;
	UK_TEST_ASSERT_EQ(pthread_key_create(&k1, record), 0);
	UK_TEST_ASSERT_EQ(pthread_key_create(&k2, set_again), 0);
	UK_TEST_EXPECT_NE(k1, k2);
	pthread_setspecific(k1, (void *)5);
	pthread_create(&a, NULL, use_keys, (void *)10);
	pthread_create(&b, NULL, use_keys, (void *)20);
	pthread_join(a, &ra);
	pthread_join(b, &rb);
	UK_TEST_EXPECT_EQ((uintptr_t)ra, 0);
	UK_TEST_EXPECT_EQ((uintptr_t)rb, 0);
	UK_TEST_EXPECT_EQ((uintptr_t)pthread_getspecific(k1), 5);
	/* a: 10, 11, then 99 (set again by set_again); b: 20, 21. */
	UK_TEST_ASSERT_EQ(nfreed, 5);
	UK_TEST_EXPECT(freed[0] == 10 && freed[1] == 11 && freed[2] == 99);
	UK_TEST_EXPECT(freed[3] == 20 && freed[4] == 21);

	pthread_create(&a, NULL, exits_with_value, (void *)7);
	pthread_join(a, NULL);
	UK_TEST_EXPECT_EQ(nfreed, 6);
	UK_TEST_EXPECT_EQ(freed[5], 7);
	UK_TEST_EXPECT_EQ(pthread_key_delete(k2), 0);
	UK_TEST_EXPECT_EQ(pthread_key_delete(k1), 0);
}

UK_TEST(pthread_key, deleted_keys)
{
	pthread_key_t k, k_again;

	UK_TEST_ASSERT_EQ(pthread_key_create(&k, NULL), 0);
	pthread_setspecific(k, (void *)3);
	UK_TEST_EXPECT_EQ(pthread_key_delete(k), 0);
	UK_TEST_EXPECT_EQ(pthread_key_delete(k), EINVAL);
	UK_TEST_EXPECT_EQ(pthread_setspecific(k, (void *)1), EINVAL);
	UK_TEST_EXPECT(pthread_getspecific(k) == NULL);
	UK_TEST_ASSERT_EQ(pthread_key_create(&k_again, NULL), 0);
	UK_TEST_EXPECT_EQ(k_again, k); /* same slot, yet a fresh NULL value */
	UK_TEST_EXPECT(pthread_getspecific(k_again) == NULL);
	pthread_key_delete(k_again);
	UK_TEST_EXPECT_EQ(pthread_key_delete(PTHREAD_KEYS_MAX), EINVAL);
}

UK_TEST(pthread_key, keys_run_out)
{
	pthread_key_t keys[PTHREAD_KEYS_MAX + 1];
	int n = 0, i;

	while (n <= PTHREAD_KEYS_MAX && pthread_key_create(&keys[n], NULL) == 0)
		n++;
	UK_TEST_EXPECT_EQ(n, PTHREAD_KEYS_MAX);
	UK_TEST_EXPECT_EQ(pthread_key_create(&keys[n], NULL), EAGAIN);
	for (i = 0; i < n; i++)
		pthread_key_delete(keys[i]);
}
