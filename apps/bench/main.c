/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Runs the benchmarks named in the arguments ("yield", "pingpong",
 * "alloc"; all when none), each printing "<name> <value>" lines for
 * the scripts in bench/ to read. Timing uses the monotonic clock.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "bench.h"

uint64_t bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static int wanted(int argc, char *argv[], const char *name)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], name) == 0)
			return 1;
	}
	return argc <= 1;
}

int main(int argc, char *argv[])
{
	if (wanted(argc, argv, "yield"))
		bench_yield();
	if (wanted(argc, argv, "pingpong"))
		bench_pingpong();
	if (wanted(argc, argv, "alloc"))
		bench_alloc();
	printf("bench done\n");
	return 0;
}
