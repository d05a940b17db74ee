/* SPDX-License-Identifier: BSD-3-Clause */
/* The region allocator on a private buffer: LIFO rollback, statistics,
 * in-place realloc, exhaustion. */
#include <stdint.h>
#include <uk/test.h>
#include <uk/ukalloc.h>
#include <uk/ukalloc_stress.h>
#include <uk/ukallocregion.h>

static unsigned char area[4096] __attribute__((aligned(64)));

UK_TESTSUITE(region);

UK_TEST(region, init)
{
	UK_TEST_EXPECT(uk_allocregion_init(area, sizeof(area)) != NULL);
	UK_TEST_EXPECT(uk_allocregion_init(area, 16) == NULL);
	UK_TEST_EXPECT(uk_allocregion_init(NULL, sizeof(area)) == NULL);
}

UK_TEST(region, lifo_rollback_and_stats)
{
	struct uk_alloc *a = uk_allocregion_init(area, sizeof(area));
	struct uk_alloc_stats st;
	size_t avail;
	void *p, *q, *r;

	UK_TEST_ASSERT(a != NULL);
	avail = uk_alloc_availmem(a);
	p = uk_malloc(a, 100);
	q = uk_malloc(a, 200);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, p), 100);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, q), 200);
	uk_free(a, p); /* not the last block: statistics only */
	r = uk_malloc(a, 10);
	UK_TEST_EXPECT(r != p && (uintptr_t)r > (uintptr_t)q);
	uk_free(a, r);
	uk_free(a, q); /* rolls back over q and the already freed p */
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail);

	uk_alloc_stats_get(a, &st);
	UK_TEST_EXPECT(st.nb_allocs == 3 && st.nb_frees == 3);
	UK_TEST_EXPECT(st.cur_nb_allocs == 0 && st.cur_mem_use == 0);
	UK_TEST_EXPECT_EQ(st.max_mem_use, 300);
}

UK_TEST(region, realloc_in_place)
{
	struct uk_alloc *a = uk_allocregion_init(area, sizeof(area));
	unsigned char *p, *q, *x;

	UK_TEST_ASSERT(a != NULL);
	p = uk_malloc(a, 16);
	p[0] = 7;
	q = uk_realloc(a, p, 1000); /* top block: grows in place */
	UK_TEST_EXPECT(q == p && q[0] == 7);
	x = uk_malloc(a, 8);
	q = uk_realloc(a, p, 2000); /* no longer on top: moves */
	UK_TEST_EXPECT(q && q != p && q[0] == 7);
	p = uk_realloc(a, q, 10); /* shrinks in place */
	UK_TEST_EXPECT(p == q && uk_alloc_usable_size(a, p) == 10);
	uk_free(a, x);
	uk_free(a, p);
}

UK_TEST(region, exhaustion)
{
	struct uk_alloc *a = uk_allocregion_init(area, sizeof(area));
	struct uk_alloc_stats st;
	void *p;

	UK_TEST_ASSERT(a != NULL);
	p = uk_malloc(a, sizeof(area));
	uk_alloc_stats_get(a, &st);
	UK_TEST_EXPECT(p == NULL && st.nb_enomem == 1);
	UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &p, 48, 8), UK_ALLOC_EINVAL);
	UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &p, 1 << 20, 8),
			  UK_ALLOC_ENOMEM);
	UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &p, 1024, 8), 0);
	UK_TEST_EXPECT_EQ((uintptr_t)p & 1023, 0);
}

#ifdef CONFIG_LIBUKALLOC_TESTS /* the workload is part of ukalloc's tests */

/* Stack-order use of the image's heap (a region, since this library is
 * in the image): pushes, pops and resizes of the newest block. */
UK_TEST(region, stress_heap_lifo)
{
	struct uk_alloc_stress s;

	uk_alloc_stress_heap(&s, 1, NULL);
	UK_TEST_EXPECT_STREQ(s.error, NULL);
	UK_TEST_EXPECT_EQ(s.enomem, 0);
	UK_TEST_EXPECT_EQ(s.allocs, s.frees);
}

#endif /* CONFIG_LIBUKALLOC_TESTS */
