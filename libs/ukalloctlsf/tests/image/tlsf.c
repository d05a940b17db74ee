/* SPDX-License-Identifier: BSD-3-Clause */
/* TLSF: placement, coalescing, in-place realloc, alignment, pools and a
 * random workload, on private pools and on the image's heap. */
#include <stdint.h>
#include <uk/test.h>
#include <uk/ukalloc.h>
#include <uk/ukalloc_stress.h>
#include <uk/ukalloctlsf.h>

#define POOL (256 * 1024)

static unsigned char pool_a[POOL] __attribute__((aligned(16)));
static unsigned char pool_b[POOL] __attribute__((aligned(16)));

static struct uk_alloc *fresh(void)
{
	return uk_alloctlsf_init(pool_a, sizeof(pool_a));
}

UK_TESTSUITE(tlsf);

UK_TEST(tlsf, init_and_pools)
{
	struct uk_alloc *a;

	UK_TEST_EXPECT(uk_alloctlsf_init(pool_a, 64) == NULL);
	a = fresh();
	UK_TEST_ASSERT(a != NULL);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
	UK_TEST_EXPECT_GT(uk_alloc_availmem(a), POOL - 16 * 1024);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_addmem(a, pool_b, 16), -1);
}

UK_TEST(tlsf, free_coalesces)
{
	struct uk_alloc *a = fresh();
	size_t avail = uk_alloc_availmem(a);
	void *p = uk_malloc(a, 100), *q = uk_malloc(a, 200),
	     *r = uk_malloc(a, 300);

	UK_TEST_ASSERT(p && q && r);
	UK_TEST_EXPECT_LT(uk_alloc_availmem(a), avail);
	uk_free(a, q);
	uk_free(a, p);
	uk_free(a, r);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail); /* one block again */
}

UK_TEST(tlsf, reuses_freed_block)
{
	struct uk_alloc *a = fresh();
	void *p = uk_malloc(a, 1000), *guard = uk_malloc(a, 16), *q;

	uk_free(a, p);
	q = uk_malloc(a, 990);
	UK_TEST_EXPECT(q == p);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, q), 1008); /* 16-rounded */
	uk_free(a, guard);
	uk_free(a, q);
}

UK_TEST(tlsf, realloc_in_place)
{
	struct uk_alloc *a = fresh();
	unsigned char *p = uk_malloc(a, 64), *q, *guard;

	UK_TEST_ASSERT(p != NULL);
	p[63] = 0x5a;
	q = uk_realloc(a, p, 4000); /* the free rest follows p: grows there */
	UK_TEST_EXPECT(q == p && q[63] == 0x5a);
	guard = uk_malloc(a, 16);
	q = uk_realloc(a, p, 100); /* shrinks in place, the tail is freed */
	UK_TEST_EXPECT(q == p);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, q), 112);
	q = uk_realloc(a, p, 8000); /* guard blocks growth: moves */
	UK_TEST_EXPECT(q != p && q && q[63] == 0x5a);
	uk_free(a, guard);
	uk_free(a, q);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
}

UK_TEST(tlsf, alignments)
{
	struct uk_alloc *a = fresh();
	size_t avail = uk_alloc_availmem(a), al;
	void *p[12];
	unsigned int i;

	for (i = 0, al = 16; i < 12; i++, al <<= 1) {
		UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &p[i], al, i * 40 + 1),
				  0);
		UK_TEST_EXPECT_EQ((uintptr_t)p[i] & (al - 1), 0);
	}
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
	for (i = 0; i < 12; i++)
		uk_free(a, p[i]);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail);
}

UK_TEST(tlsf, exhaustion_and_second_pool)
{
	struct uk_alloc *a = fresh();
	struct uk_alloc_stats st;
	void *p[40], *more;
	unsigned int n = 0, i;

	while (n < 40 && (p[n] = uk_malloc(a, 8192)) != NULL)
		n++;
	UK_TEST_ASSERT(n > 25 && n < 40);
	uk_alloc_stats_get(a, &st);
	UK_TEST_EXPECT_EQ(st.nb_enomem, 1);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_addmem(a, pool_b, sizeof(pool_b)), 0);
	more = uk_malloc(a, 8192);
	UK_TEST_EXPECT((unsigned char *)more >= pool_b &&
		       (unsigned char *)more < pool_b + sizeof(pool_b));
	for (i = 0; i < n; i++)
		uk_free(a, p[i]);
	uk_free(a, more);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
}

UK_TEST(tlsf, double_free_ignored)
{
	struct uk_alloc *a = fresh();
	void *p = uk_malloc(a, 48), *q = uk_malloc(a, 48);
	struct uk_alloc_stats st;

	uk_free(a, p);
	uk_free(a, p);
	uk_free(a, (char *)q + 8); /* not a block start */
	uk_alloc_stats_get(a, &st);
	UK_TEST_EXPECT_EQ(st.nb_frees, 1);
	UK_TEST_EXPECT_EQ(uk_alloctlsf_check(a), 0);
	uk_free(a, q);
}

#ifdef CONFIG_LIBUKALLOC_TESTS /* the workload is part of ukalloc's tests */

/* Every operation checked on a small pool, exhaustion included. */
UK_TEST(tlsf, stress_private_checked)
{
	struct uk_alloc_stress s = { .ops = 20000,
				     .seed = 42,
				     .max_size = 32768,
				     .slots = 64,
				     .full_check = 1,
				     .check = uk_alloctlsf_check,
				     .check_every = 1 };

	uk_alloc_stress_run(fresh(), &s);
	UK_TEST_EXPECT_STREQ(s.error, NULL);
	UK_TEST_EXPECT_GT(s.enomem, 0);
}

/* The image's heap (TLSF, since this library is in the image). */
UK_TEST(tlsf, stress_heap)
{
	struct uk_alloc_stress s;

	uk_alloc_stress_heap(&s, 0, uk_alloctlsf_check);
	UK_TEST_EXPECT_STREQ(s.error, NULL);
	UK_TEST_EXPECT_EQ(s.enomem, 0);
	UK_TEST_EXPECT_EQ(s.allocs, s.frees);
}

#endif /* CONFIG_LIBUKALLOC_TESTS */
