/* SPDX-License-Identifier: BSD-3-Clause */
/* The buddy allocator: splitting and merging, block alignment, the
 * small-object classes, in-place realloc and a random workload, on a
 * private range and on the image's heap. */
#include <stdint.h>
#include <uk/test.h>
#include <uk/ukalloc.h>
#include <uk/ukalloc_stress.h>
#include <uk/ukallocbbuddy.h>

#define AREA (1024 * 1024)
#define PAGE 4096

static unsigned char area[AREA] __attribute__((aligned(PAGE)));

static struct uk_alloc *fresh(void)
{
	return uk_allocbbuddy_init(area, sizeof(area));
}

UK_TESTSUITE(bbuddy);

UK_TEST(bbuddy, init)
{
	struct uk_alloc *a = fresh();

	UK_TEST_EXPECT(uk_allocbbuddy_init(area, 100) == NULL);
	UK_TEST_ASSERT(a != NULL);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
	/* 254 pages after the bookkeeping (16 bytes a page, in 2 pages) */
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), AREA - 2 * PAGE);
}

UK_TEST(bbuddy, split_and_merge)
{
	struct uk_alloc *a = fresh();
	size_t avail = uk_alloc_availmem(a);
	void *p[300];
	unsigned int n = 0, i;

	while (n < 300 && (p[n] = uk_malloc(a, PAGE)) != NULL)
		n++;
	UK_TEST_EXPECT_EQ(n, avail / PAGE); /* every page, one by one */
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), 0);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
	for (i = 0; i < n; i += 2) /* every other page: nothing merges */
		uk_free(a, p[i]);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
	for (i = 1; i < n; i += 2)
		uk_free(a, p[i]);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
}

UK_TEST(bbuddy, blocks_aligned_to_size)
{
	struct uk_alloc *a = fresh();
	void *p = uk_malloc(a, 3 * PAGE), *q = NULL;

	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, p), 4 * PAGE);
	UK_TEST_EXPECT_EQ((uintptr_t)p & (4 * PAGE - 1), 0);
	UK_TEST_EXPECT_EQ(uk_posix_memalign(a, &q, 64 * 1024, 10), 0);
	UK_TEST_EXPECT_EQ((uintptr_t)q & (64 * 1024 - 1), 0);
	uk_free(a, p);
	uk_free(a, q);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
}

UK_TEST(bbuddy, small_classes)
{
	struct uk_alloc *a = fresh();
	size_t avail = uk_alloc_availmem(a);
	void *p[260];
	unsigned int i;

	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, p[0] = uk_malloc(a, 1)), 16);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, p[1] = uk_malloc(a, 17)), 32);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, p[2] = uk_malloc(a, 2048)),
			  2048);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, p[3] = uk_malloc(a, 2049)),
			  PAGE);
	UK_TEST_EXPECT_EQ((uintptr_t)p[1] & 31, 0);
	for (i = 0; i < 4; i++)
		uk_free(a, p[i]);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail); /* slabs returned */
	for (i = 0; i < 260; i++) /* more than one page of 16-byte objects */
		p[i] = uk_malloc(a, 16);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail - 2 * PAGE);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
	for (i = 0; i < 260; i++)
		uk_free(a, p[i]);
	UK_TEST_EXPECT_EQ(uk_alloc_availmem(a), avail);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
}

UK_TEST(bbuddy, realloc_in_place)
{
	struct uk_alloc *a = fresh();
	unsigned char *p = uk_memalign(a, 16 * PAGE, 16 * PAGE), *q;

	UK_TEST_ASSERT(p != NULL);
	p[50] = 0x77;
	q = uk_realloc(a, p, PAGE); /* frees the upper halves */
	UK_TEST_EXPECT(q == p);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, q), PAGE);
	q = uk_realloc(a, p, 8 * PAGE); /* lower half, free buddies: grows */
	UK_TEST_EXPECT(q == p && q[50] == 0x77);
	UK_TEST_EXPECT_EQ(uk_alloc_usable_size(a, q), 8 * PAGE);
	q = uk_realloc(a, p, 100); /* to a slab object: moves */
	UK_TEST_EXPECT(q != p && q && q[50] == 0x77);
	uk_free(a, q);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
}

UK_TEST(bbuddy, foreign_pointers_ignored)
{
	struct uk_alloc *a = fresh();
	unsigned char *p = uk_malloc(a, 2 * PAGE);
	struct uk_alloc_stats st;

	uk_free(a, p + PAGE);		/* inside a block */
	uk_free(a, area + AREA + PAGE); /* outside */
	uk_alloc_stats_get(a, &st);
	UK_TEST_EXPECT_EQ(st.nb_frees, 0);
	uk_free(a, p);
	UK_TEST_EXPECT_EQ(uk_allocbbuddy_check(a), 0);
}

#ifdef CONFIG_LIBUKALLOC_TESTS /* the workload is part of ukalloc's tests */

UK_TEST(bbuddy, stress_private_checked)
{
	struct uk_alloc_stress s = { .ops = 20000,
				     .seed = 42,
				     .max_size = 131072,
				     .slots = 64,
				     .check = uk_allocbbuddy_check,
				     .check_every = 1 };

	uk_alloc_stress_run(fresh(), &s);
	UK_TEST_EXPECT_STREQ(s.error, NULL);
	UK_TEST_EXPECT_GT(s.enomem, 0);
}

/* The image's heap (buddy, since this library is in the image). */
UK_TEST(bbuddy, stress_heap)
{
	struct uk_alloc_stress s;

	uk_alloc_stress_heap(&s, 0, uk_allocbbuddy_check);
	UK_TEST_EXPECT_STREQ(s.error, NULL);
	UK_TEST_EXPECT_EQ(s.enomem, 0);
	UK_TEST_EXPECT_EQ(s.allocs, s.frees);
}

#endif /* CONFIG_LIBUKALLOC_TESTS */
