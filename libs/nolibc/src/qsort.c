/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * qsort: introsort. Quicksort with a median-of-three pivot and scans
 * that stop on equal keys (so runs of equal keys split evenly), the
 * smaller side first by recursion and the larger by iteration (stack
 * depth O(log n)), heapsort when the depth passes 2 log2(n) (worst case
 * O(n log n)), insertion sort below 16 elements. Not stable.
 */
#include <stdint.h>
#include <stdlib.h>

#define SMALL 16

typedef long __attribute__((__may_alias__)) word_t;

typedef int (*cmp_fn)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
	char t;

	if (a == b)
		return;
	if (size % sizeof(word_t) == 0 &&
	    (((uintptr_t)a | (uintptr_t)b) % sizeof(word_t)) == 0) {
		for (; size; size -= sizeof(word_t), a += sizeof(word_t),
			     b += sizeof(word_t)) {
			word_t w = *(word_t *)a;

			*(word_t *)a = *(word_t *)b;
			*(word_t *)b = w;
		}
		return;
	}
	for (; size; size--, a++, b++) {
		t = *a;
		*a = *b;
		*b = t;
	}
}

static void insertion(char *a, size_t n, size_t size, cmp_fn cmp)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && cmp(a + (j - 1) * size, a + j * size) > 0;
		     j--)
			swap(a + (j - 1) * size, a + j * size, size);
	}
}

static void sift_down(char *a, size_t root, size_t n, size_t size, cmp_fn cmp)
{
	size_t child;

	while ((child = 2 * root + 1) < n) {
		if (child + 1 < n &&
		    cmp(a + child * size, a + (child + 1) * size) < 0)
			child++;
		if (cmp(a + root * size, a + child * size) >= 0)
			return;
		swap(a + root * size, a + child * size, size);
		root = child;
	}
}

static void heapsort_(char *a, size_t n, size_t size, cmp_fn cmp)
{
	size_t i;

	for (i = n / 2; i-- > 0;)
		sift_down(a, i, n, size, cmp);
	for (i = n; i-- > 1;) {
		swap(a, a + i * size, size);
		sift_down(a, 0, i, size, cmp);
	}
}

/* Partition a[0..n) (n > SMALL) around a median of three; returns the
 * pivot's final index: a[<p] <= a[p] <= a[>p]. */
static size_t partition(char *a, size_t n, size_t size, cmp_fn cmp)
{
	char *lo = a, *mid = a + (n / 2) * size, *hi = a + (n - 1) * size;
	char *pivot = a + (n - 2) * size;
	size_t i = 0, j = n - 2;

	if (cmp(mid, lo) < 0)
		swap(mid, lo, size);
	if (cmp(hi, mid) < 0) {
		swap(hi, mid, size);
		if (cmp(mid, lo) < 0)
			swap(mid, lo, size);
	}
	swap(mid, pivot, size); /* a[0] <= pivot <= a[n-1]: both sentinels */
	for (;;) {
		while (cmp(a + (++i) * size, pivot) < 0)
			;
		while (cmp(a + (--j) * size, pivot) > 0)
			;
		if (i >= j)
			break;
		swap(a + i * size, a + j * size, size);
	}
	swap(a + i * size, pivot, size);
	return i;
}

static void introsort(char *a, size_t n, size_t size, cmp_fn cmp,
		      unsigned int depth)
{
	size_t p;

	while (n > SMALL) {
		if (depth-- == 0) {
			heapsort_(a, n, size, cmp);
			return;
		}
		p = partition(a, n, size, cmp);
		if (p < n - p - 1) {
			introsort(a, p, size, cmp, depth);
			a += (p + 1) * size;
			n -= p + 1;
		} else {
			introsort(a + (p + 1) * size, n - p - 1, size, cmp,
				  depth);
			n = p;
		}
	}
	insertion(a, n, size, cmp);
}

void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *))
{
	unsigned int depth = 0;
	size_t m;

	if (n < 2 || size == 0)
		return;
	for (m = n; m > 1; m >>= 1)
		depth += 2;
	introsort(base, n, size, cmp, depth);
}
