/* SPDX-License-Identifier: BSD-3-Clause */
/* system, rand/srand, and the div family (stdlib.h, inttypes.h). */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>

int system(const char *cmd)
{
	/* No command processor: system(NULL) says so, any command fails. */
	if (!cmd)
		return 0;
	errno = ENOSYS;
	return -1;
}

/* A 64-bit linear congruential generator (Knuth's MMIX constants), top bits out. */
static uint64_t rand_state = 1;

int rand(void)
{
	rand_state =
		rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (int)(rand_state >> 33) & RAND_MAX;
}

void srand(unsigned int seed) { rand_state = seed; }

div_t div(int num, int den) { return (div_t){ num / den, num % den }; }

ldiv_t ldiv(long num, long den) { return (ldiv_t){ num / den, num % den }; }

lldiv_t lldiv(long long num, long long den)
{
	return (lldiv_t){ num / den, num % den };
}

intmax_t imaxabs(intmax_t x) { return x < 0 ? -x : x; }

imaxdiv_t imaxdiv(intmax_t num, intmax_t den)
{
	return (imaxdiv_t){ num / den, num % den };
}
