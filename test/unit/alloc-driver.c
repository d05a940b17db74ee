/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host driver for one allocator library, compiled by test/unit/alloc.test.ts
 * and bench/alloc.mjs together with ukalloc's sources, the allocator's
 * sources (its uk_allocator_init() makes the allocator) and the stress
 * workload of uk/ukalloc_stress.h. The allocator manages an arena from
 * the host's mmap.
 *
 *   driver stress <ops> <seed> <max_size> <slots> <lifo> <full> <check_every>
 *       run uk_alloc_stress_run(); prints its counters, exit 0 if it passed
 *   driver bench <ops> <seed> <max_size> <slots>
 *       random malloc/free/realloc without checks; prints "ops/s <n>"
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <uk/ukalloc.h>
#include <uk/ukalloc_stress.h>

#define ARENA (512UL << 20)

/* Set by the compile command to the allocator's consistency check, if any. */
#ifdef ALLOC_CHECK
int ALLOC_CHECK(struct uk_alloc *a);
#endif

static struct uk_alloc *make(void)
{
	void *base = mmap(NULL, ARENA, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	struct uk_alloc *a;

	if (base == MAP_FAILED) {
		perror("mmap");
		exit(2);
	}
	a = uk_allocator_init(base, ARENA);
	if (!a) {
		fprintf(stderr, "uk_allocator_init failed\n");
		exit(2);
	}
	return a;
}

static int stress(char **argv)
{
	struct uk_alloc_stress s = {
		.ops = strtoul(argv[0], NULL, 0),
		.seed = strtoull(argv[1], NULL, 0),
		.max_size = strtoul(argv[2], NULL, 0),
		.slots = (unsigned int)strtoul(argv[3], NULL, 0),
		.lifo = atoi(argv[4]),
		.full_check = atoi(argv[5]),
		.check_every = strtoul(argv[6], NULL, 0),
	};
	struct uk_alloc *a = make();

#ifdef ALLOC_CHECK
	s.check = ALLOC_CHECK;
#endif
	uk_alloc_stress_run(a, &s);
	printf("allocs %lu frees %lu reallocs %lu enomem %lu peak %zu\n",
	       s.allocs, s.frees, s.reallocs, s.enomem, s.peak_live);
	if (s.error) {
		printf("FAIL: %s at operation %lu\n", s.error, s.error_op);
		return 1;
	}
	printf("ok\n");
	return 0;
}

static unsigned long long rng = 88172645463325252ULL;

static unsigned long long rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static size_t rnd_size(size_t max)
{
	unsigned int bits = 0, k;
	size_t lo, size;

	while ((max >> bits) > 1)
		bits++;
	k = (unsigned int)(rnd() % (bits + 1));
	lo = (size_t)1 << k;
	size = lo + rnd() % lo;
	return size > max ? max : size;
}

static int bench(char **argv)
{
	unsigned long ops = strtoul(argv[0], NULL, 0), i;
	size_t max = strtoul(argv[2], NULL, 0);
	unsigned int slots = (unsigned int)strtoul(argv[3], NULL, 0), j;
	struct uk_alloc *a = make();
	void **slot = calloc(slots, sizeof(*slot));
	struct timespec t0, t1;
	double s;

	rng ^= strtoull(argv[1], NULL, 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < ops; i++) {
		void **p = &slot[rnd() % slots];
		void *n;

		if (!*p) {
			*p = uk_malloc(a, rnd_size(max));
		} else if (rnd() & 1) {
			uk_free(a, *p);
			*p = NULL;
		} else {
			n = uk_realloc(a, *p, rnd_size(max));
			if (n)
				*p = n;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	for (j = 0; j < slots; j++)
		uk_free(a, slot[j]);
	s = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("ops/s %.0f\n", ops / s);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 9 && strcmp(argv[1], "stress") == 0)
		return stress(argv + 2);
	if (argc == 6 && strcmp(argv[1], "bench") == 0)
		return bench(argv + 2);
	fprintf(stderr,
		"usage: see the comment at the top of alloc-driver.c\n");
	return 2;
}
