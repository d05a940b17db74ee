/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * memcpy, memmove, memset, memcmp, memchr. The compiler may emit calls
 * to the first four itself. Copies and fills go a word at a time when
 * the pointers allow it.
 */
#include <stdint.h>
#include <string.h>

typedef unsigned long __attribute__((__may_alias__)) word_t;
#define WSIZE sizeof(word_t)

static int both_aligned(const void *a, const void *b)
{
	return (((uintptr_t)a | (uintptr_t)b) & (WSIZE - 1)) == 0;
}

/* Forward copy; also correct for overlapping areas when d < s. */
static void copy_forward(unsigned char *d, const unsigned char *s, size_t n)
{
	if (both_aligned(d, s)) {
		for (; n >= WSIZE; n -= WSIZE, d += WSIZE, s += WSIZE)
			*(word_t *)d = *(const word_t *)s;
	}
	while (n--)
		*d++ = *s++;
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	copy_forward(dst, src, n);
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d == s || n == 0)
		return dst;
	if ((uintptr_t)d - (uintptr_t)s >= n) { /* d before s, or disjoint */
		copy_forward(d, s, n);
		return dst;
	}

	/* d overlaps the tail of s: copy backwards */
	d += n;
	s += n;
	if (both_aligned(d, s)) {
		for (; n >= WSIZE; n -= WSIZE) {
			d -= WSIZE;
			s -= WSIZE;
			*(word_t *)d = *(const word_t *)s;
		}
	}
	while (n--)
		*--d = *--s;
	return dst;
}

void *memset(void *s, int c, size_t n)
{
	unsigned char *p = s;
	word_t w = (unsigned char)c * ((word_t)-1 / 0xff); /* c in every byte */

	while (n && ((uintptr_t)p & (WSIZE - 1))) {
		*p++ = (unsigned char)c;
		n--;
	}
	for (; n >= WSIZE; n -= WSIZE, p += WSIZE)
		*(word_t *)p = w;
	while (n--)
		*p++ = (unsigned char)c;
	return s;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++) {
		if (*x != *y)
			return *x - *y;
	}
	return 0;
}

void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++) {
		if (*p == (unsigned char)c)
			return (void *)p;
	}
	return NULL;
}
