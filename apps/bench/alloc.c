/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Allocator throughput on the image's heap (whichever allocator the
 * image has): random malloc / free / realloc over 64 slots, request sizes
 * log-uniform over 16 B .. 64 KiB, no content touched beyond the first
 * byte. Prints operations per second.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define OPS 1000000
#define SLOTS 64
#define MAX_BITS 16

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static size_t rnd_size(void)
{
	unsigned int k = 4 + (unsigned int)(rnd() % (MAX_BITS - 4 + 1));

	return ((size_t)1 << k) + rnd() % ((size_t)1 << k);
}

void bench_alloc(void)
{
	static char *slot[SLOTS];
	uint64_t t0, ns;
	char *n;
	long i;

	t0 = bench_now();
	for (i = 0; i < OPS; i++) {
		char **p = &slot[rnd() % SLOTS];

		if (!*p) {
			*p = malloc(rnd_size());
			if (*p)
				**p = 1;
		} else if (rnd() & 1) {
			free(*p);
			*p = NULL;
		} else if ((n = realloc(*p, rnd_size())) != NULL) {
			*p = n;
		}
	}
	ns = bench_now() - t0;
	for (i = 0; i < SLOTS; i++) {
		free(slot[i]);
		slot[i] = NULL;
	}
	printf("alloc_ops_per_s %llu\n",
	       (unsigned long long)((uint64_t)OPS * 1000000000ULL / ns));
}
