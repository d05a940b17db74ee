/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * proftest [seconds]: spin in proftest_spin() for that long (default 2),
 * checking the clock between rounds of a few million iterations, then
 * print the number of rounds. Nearly every profiling sample should land
 * in proftest_spin().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <uk/plat/time.h>

#define ROUND 2000000u

__attribute__((noinline)) uint64_t proftest_spin(uint64_t x, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		x = x * 6364136223846793005ull + 1442695040888963407ull;
		__asm__ __volatile__("" : "+r"(x));
	}
	return x;
}

int main(int argc, char **argv)
{
	uint64_t seconds = argc > 1 ? strtoul(argv[1], NULL, 10) : 2;
	uint64_t end = ukplat_monotonic_clock() + seconds * 1000000000ull;
	uint64_t x = 1, rounds = 0;

	while (ukplat_monotonic_clock() < end) {
		x = proftest_spin(x, ROUND);
		rounds++;
	}
	printf("proftest: %llu rounds (%llx)\n", (unsigned long long)rounds,
	       (unsigned long long)(x & 0xffff));
	return 0;
}
