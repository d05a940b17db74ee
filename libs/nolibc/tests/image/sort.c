/* SPDX-License-Identifier: BSD-3-Clause */
/* qsort and bsearch: random, sorted, reversed and constant inputs,
 * several element sizes, and searches that hit and miss. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uk/test.h>

#define N 2000

struct rec {
	uint32_t key;
	uint32_t tag;
	char pad[16]; /* 24 bytes: not a multiple of a word's alignment */
} __attribute__((packed));

static uint32_t seed = 12345;

static uint32_t rnd(void)
{
	seed = seed * 1103515245u + 12345u;
	return seed >> 8;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int cmp_char(const void *a, const void *b)
{
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

static int sorted_ints(const int *v, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++) {
		if (v[i - 1] > v[i])
			return 0;
	}
	return 1;
}

static long long sum(const int *v, size_t n)
{
	long long s = 0;

	while (n--)
		s += v[n];
	return s;
}

static int v[N];

UK_TESTSUITE(sort);

UK_TEST(sort, random_ints_every_length)
{
	size_t n, i;
	long long before;
	int bad = 0;

	for (n = 0; n <= 300; n += 1 + n / 8) {
		for (i = 0; i < n; i++)
			v[i] = (int)(rnd() % 1000) - 500;
		before = sum(v, n);
		qsort(v, n, sizeof(v[0]), cmp_int);
		bad += !sorted_ints(v, n) || sum(v, n) != before;
	}
	UK_TEST_EXPECT_EQ(bad, 0);
}

UK_TEST(sort, adversarial_shapes)
{
	size_t i;

	for (i = 0; i < N; i++)
		v[i] = (int)i; /* sorted */
	qsort(v, N, sizeof(v[0]), cmp_int);
	UK_TEST_EXPECT(sorted_ints(v, N) && v[0] == 0 && v[N - 1] == N - 1);
	for (i = 0; i < N; i++)
		v[i] = (int)(N - i); /* reversed */
	qsort(v, N, sizeof(v[0]), cmp_int);
	UK_TEST_EXPECT(sorted_ints(v, N) && v[0] == 1);
	for (i = 0; i < N; i++)
		v[i] = 7; /* constant */
	qsort(v, N, sizeof(v[0]), cmp_int);
	UK_TEST_EXPECT(sorted_ints(v, N) && sum(v, N) == 7LL * N);
	for (i = 0; i < N; i++)
		v[i] = (int)(i % 2 ? i : N - i); /* organ pipe-ish */
	qsort(v, N, sizeof(v[0]), cmp_int);
	UK_TEST_EXPECT(sorted_ints(v, N));
}

UK_TEST(sort, odd_element_sizes)
{
	static struct rec r[500];
	unsigned char c[777];
	size_t i;
	int ok = 1;

	for (i = 0; i < 500; i++) {
		r[i].key = rnd() % 300;
		r[i].tag = r[i].key ^ 0xabcdu;
	}
	qsort(r, 500, sizeof(r[0]), cmp_rec);
	for (i = 1; i < 500; i++)
		ok &= r[i - 1].key <= r[i].key &&
		      r[i].tag == (r[i].key ^ 0xabcdu);
	UK_TEST_EXPECT(ok);
	for (i = 0; i < sizeof(c); i++)
		c[i] = (unsigned char)rnd();
	qsort(c, sizeof(c), 1, cmp_char);
	for (i = 1; i < sizeof(c); i++)
		ok &= c[i - 1] <= c[i];
	UK_TEST_EXPECT(ok);
}

UK_TEST(sort, bsearch_hits_and_misses)
{
	int key, *hit;
	size_t i;
	int bad = 0;

	for (i = 0; i < N; i++)
		v[i] = (int)(2 * i); /* even numbers */
	for (key = -3; key < 2 * N + 3; key++) {
		hit = bsearch(&key, v, N, sizeof(v[0]), cmp_int);
		if (key >= 0 && key < 2 * N && key % 2 == 0)
			bad += !hit || *hit != key;
		else
			bad += hit != NULL;
	}
	UK_TEST_EXPECT_EQ(bad, 0);
	key = 0;
	UK_TEST_EXPECT(bsearch(&key, v, 0, sizeof(v[0]), cmp_int) == NULL);
}
