/* SPDX-License-Identifier: BSD-3-Clause */
/* malloc & co over the default allocator, whichever is in the image. */
#include <errno.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uk/test.h>

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

UK_TESTSUITE(malloc);

UK_TEST(malloc, align)
{
	void *p = malloc(100), *q = malloc(1);

	UK_TEST_EXPECT(p && aligned(p, alignof(max_align_t)));
	UK_TEST_EXPECT(q && aligned(q, alignof(max_align_t)));
	free(q);
	free(p);
}

UK_TEST(malloc, realloc_keeps)
{
	unsigned char *p = malloc(100), *q, *x;
	int i, ok = 1;

	UK_TEST_ASSERT(p != NULL);
	for (i = 0; i < 100; i++)
		p[i] = (unsigned char)i;
	x = malloc(8); /* something after p, so growing may have to move */
	q = realloc(p, 10000);
	UK_TEST_ASSERT(q != NULL);
	for (i = 0; i < 100; i++)
		ok &= q[i] == (unsigned char)i;
	UK_TEST_EXPECT(ok);
	p = realloc(q, 50);
	UK_TEST_EXPECT(p && p[49] == 49 && p[0] == 0);
	free(x);
	free(p);
}

UK_TEST(malloc, calloc_zeroed)
{
	unsigned char *p = malloc(256), *q;

	UK_TEST_ASSERT(p != NULL);
	memset(p, 0xaa, 256);
	free(p); /* the next allocation may well reuse it */
	q = calloc(64, 4);
	UK_TEST_EXPECT(q && all_bytes(q, 256, 0));
	free(q);
}

UK_TEST(malloc, posix_memalign)
{
	void *m = NULL;
	unsigned char *p;

	UK_TEST_EXPECT_EQ(posix_memalign(&m, 4096, 10), 0);
	UK_TEST_EXPECT(m && aligned(m, 4096));
	free(m);
	UK_TEST_EXPECT_EQ(posix_memalign(&m, 24, 10), EINVAL);
	UK_TEST_EXPECT_EQ(posix_memalign(&m, 4, 10), EINVAL);
	p = aligned_alloc(64, 64);
	UK_TEST_EXPECT(p && aligned(p, 64));
	free(p);
}

UK_TEST(malloc, exhaustion)
{
	void *p;

	errno = 0;
	p = malloc(SIZE_MAX / 2);
	UK_TEST_EXPECT(p == NULL && errno == ENOMEM);
	UK_TEST_EXPECT(calloc(SIZE_MAX / 2, 4) == NULL);
}
