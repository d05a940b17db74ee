/* SPDX-License-Identifier: BSD-3-Clause */
/* malloc & co over the default allocator, and a private region. */
#include <errno.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uk/ukalloc.h>
#include <uk/ukallocregion.h>
#include "selftest.h"

static int all_bytes(const unsigned char *p, size_t n, unsigned char v)
{
	for (; n; n--, p++) {
		if (*p != v)
			return 0;
	}
	return 1;
}

static int aligned(const void *p, size_t a)
{
	return ((uintptr_t)p & (a - 1)) == 0;
}

/* A region allocator on a small private buffer. */
static void test_region(void)
{
	static unsigned char area[4096] __attribute__((aligned(64)));
	struct uk_alloc *a = uk_allocregion_init(area, sizeof(area));
	struct uk_alloc_stats st;
	void *p, *q, *r;
	size_t avail;

	CHECK("region.init", a != NULL && !uk_allocregion_init(area, 16));
	if (!a)
		return;
	avail = uk_alloc_availmem(a);
	p = uk_malloc(a, 100);
	q = uk_malloc(a, 200);
	CHECK("region.usable_size", uk_alloc_usable_size(a, p) == 100 &&
					    uk_alloc_usable_size(a, q) == 200);
	uk_free(a, p); /* not the last block: statistics only */
	r = uk_malloc(a, 10);
	CHECK("region.nonlifo_free", r != p && (uintptr_t)r > (uintptr_t)q);
	uk_free(a, r);
	uk_free(a, q); /* rolls back over q and the already freed p */
	CHECK_INT("region.rollback_all", uk_alloc_availmem(a), avail);

	uk_alloc_stats_get(a, &st);
	CHECK("region.stats", st.nb_allocs == 3 && st.nb_frees == 3 &&
				      st.cur_nb_allocs == 0 && st.cur_mem_use == 0 &&
				      st.max_mem_use == 300);

	p = uk_malloc(a, sizeof(area));
	uk_alloc_stats_get(a, &st);
	CHECK("region.enomem", p == NULL && st.nb_enomem == 1);
	CHECK_INT("region.memalign_einval", uk_posix_memalign(a, &p, 48, 8),
		  UK_ALLOC_EINVAL);
	CHECK_INT("region.memalign_enomem", uk_posix_memalign(a, &p, 1 << 20, 8),
		  UK_ALLOC_ENOMEM);
}

void test_alloc(void)
{
	unsigned char *p, *q, *x;
	void *m = NULL;
	int i, ok;

	p = malloc(100);
	CHECK("malloc.align", p && aligned(p, alignof(max_align_t)));
	for (i = 0; i < 100; i++)
		p[i] = (unsigned char)i;
	x = malloc(8); /* p is no longer the last block: realloc must move */
	q = realloc(p, 10000);
	ok = q != NULL && q != p;
	for (i = 0; ok && i < 100; i++)
		ok = q[i] == (unsigned char)i;
	CHECK("realloc.grow_moves_keeps", ok);
	p = realloc(q, 50);
	CHECK("realloc.shrink", p == q && p[49] == 49);
	free(x);
	free(p);

	p = malloc(256);
	memset(p, 0xaa, 256);
	free(p); /* last block: the next allocation reuses it */
	q = calloc(64, 4);
	CHECK("calloc.zeroed", q == p && all_bytes(q, 256, 0));
	free(q);

	CHECK("posix_memalign.4096",
	      posix_memalign(&m, 4096, 10) == 0 && aligned(m, 4096));
	free(m);
	CHECK("posix_memalign.einval", posix_memalign(&m, 24, 10) == EINVAL &&
					       posix_memalign(&m, 4, 10) == EINVAL);
	p = aligned_alloc(64, 64);
	CHECK("aligned_alloc.64", p && aligned(p, 64));
	free(p);

	errno = 0;
	p = malloc(SIZE_MAX / 2);
	CHECK("malloc.huge_fails", p == NULL && errno == ENOMEM);
	CHECK("calloc.overflow", calloc(SIZE_MAX / 2, 4) == NULL);

	test_region();
}
