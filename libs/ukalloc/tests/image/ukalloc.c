/* SPDX-License-Identifier: BSD-3-Clause */
/* The ukalloc wrappers and statistics, over the image's allocator. */
#include <stdint.h>
#include <uk/test.h>
#include <uk/ukalloc.h>

UK_TESTSUITE(ukalloc);

UK_TEST(ukalloc, default_registered)
{
	struct uk_alloc *a = uk_alloc_get_default();

	UK_TEST_ASSERT(a != NULL);
	uk_alloc_set_default(NULL);
	UK_TEST_EXPECT(uk_alloc_get_default() == NULL);
	uk_alloc_set_default(a);
	UK_TEST_EXPECT(uk_alloc_get_default() == a);
}

UK_TEST(ukalloc, null_allocator)
{
	struct uk_alloc_stats st = { .nb_allocs = 7 };
	void *p = &st;

	UK_TEST_EXPECT(uk_malloc(NULL, 8) == NULL);
	UK_TEST_EXPECT(uk_realloc(NULL, p, 8) == NULL);
	uk_free(NULL, p); /* ignored */
	UK_TEST_EXPECT_EQ(uk_posix_memalign(NULL, &p, 16, 8), UK_ALLOC_ENOMEM);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(NULL), 0);
	uk_alloc_stats_get(NULL, &st);
	UK_TEST_EXPECT_EQ(st.nb_allocs, 0);
}

UK_TEST(ukalloc, stats_follow_malloc_free)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_alloc_stats s0, s1, s2;
	void *p;

	uk_alloc_stats_get(a, &s0);
	p = uk_malloc(a, 1000);
	uk_alloc_stats_get(a, &s1);
	UK_TEST_ASSERT(p != NULL);
	UK_TEST_EXPECT_EQ(s1.nb_allocs, s0.nb_allocs + 1);
	UK_TEST_EXPECT_EQ(s1.cur_nb_allocs, s0.cur_nb_allocs + 1);
	UK_TEST_EXPECT_EQ(s1.cur_mem_use - s0.cur_mem_use,
			  uk_alloc_usable_size(a, p));
	UK_TEST_EXPECT_GE(uk_alloc_usable_size(a, p), 1000);
	UK_TEST_EXPECT_GE(s1.max_mem_use, s1.cur_mem_use);
	uk_free(a, p);
	uk_alloc_stats_get(a, &s2);
	UK_TEST_EXPECT_EQ(s2.nb_frees, s0.nb_frees + 1);
	UK_TEST_EXPECT_EQ(s2.cur_nb_allocs, s0.cur_nb_allocs);
	UK_TEST_EXPECT_EQ(s2.cur_mem_use, s0.cur_mem_use);
}

UK_TEST(ukalloc, calloc_overflow)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_alloc_stats s0, s1;

	uk_alloc_stats_get(a, &s0);
	UK_TEST_EXPECT(uk_calloc(a, SIZE_MAX / 2, 4) == NULL);
	uk_alloc_stats_get(a, &s1);
	UK_TEST_EXPECT_EQ(s1.nb_enomem, s0.nb_enomem + 1);
	UK_TEST_EXPECT_EQ(s1.nb_allocs, s0.nb_allocs);
}

UK_TEST(ukalloc, realloc_edges)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_alloc_stats s0, s1;
	char *p;

	uk_alloc_stats_get(a, &s0);
	p = uk_realloc(a, NULL, 40); /* malloc */
	UK_TEST_ASSERT(p != NULL);
	p[39] = 'x';
	UK_TEST_EXPECT(uk_realloc(a, p, 0) == NULL); /* free */
	uk_alloc_stats_get(a, &s1);
	UK_TEST_EXPECT_EQ(s1.cur_nb_allocs, s0.cur_nb_allocs);
}

UK_TEST(ukalloc, memalign_checks)
{
	struct uk_alloc *a = uk_alloc_get_default();
	void *p = NULL;

	UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &p, 0, 8), UK_ALLOC_EINVAL);
	UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &p, 24, 8), UK_ALLOC_EINVAL);
	UK_TEST_EXPECT(p == NULL && uk_memalign(a, 3, 8) == NULL);
	p = uk_memalign(a, 256, 3);
	UK_TEST_EXPECT(p && ((uintptr_t)p & 255) == 0);
	uk_free(a, p);
}
