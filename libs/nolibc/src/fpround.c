/* SPDX-License-Identifier: BSD-3-Clause */
/* Round an exact binary value to binary64 or binary32 (see fpround.h). */
#include "fpround.h"

const struct fp_format fp_binary64 = { 64, 53, -1022, 1023 };
const struct fp_format fp_binary32 = { 32, 24, -126, 127 };

/* The bits of q above the lowest drop (1..64), rounded to nearest even. */
static uint64_t round_bits(uint64_t q, long drop, bool sticky, bool *inexact)
{
	uint64_t kept = drop < 64 ? q >> drop : 0;
	uint64_t rest = drop < 64 ? q & (((uint64_t)1 << drop) - 1) : q;
	uint64_t half = (uint64_t)1 << (drop - 1);

	*inexact = rest || sticky;
	return kept + (rest > half || (rest == half && (sticky || (kept & 1))));
}

uint64_t fp_round(uint64_t q, long e2, bool sticky, const struct fp_format *f,
		  bool *range)
{
	const uint64_t inf = (uint64_t)(2 * f->emax + 1) << (f->mant - 1);
	long drop = 64 - f->mant; /* low bits of q that do not fit */
	uint64_t kept, bits;
	bool inexact, tiny;

	*range = false;
	if (e2 > f->emax) {
		*range = true;
		return inf;
	}
	/*
	 * Tiny: below the smallest normal even when rounded to full
	 * precision with an unbounded exponent (IEEE 754 tininess after
	 * rounding, as glibc reports it on x86_64).
	 */
	tiny = e2 < f->emin - 1 ||
	       (e2 == f->emin - 1 &&
		round_bits(q, drop, sticky, &inexact) >> f->mant == 0);
	if (e2 < f->emin)
		drop += f->emin - e2; /* subnormal: fewer bits fit */
	if (drop > 64) {
		*range = true; /* below half the smallest subnormal */
		return 0;
	}
	kept = round_bits(q, drop, sticky, &inexact);

	if (e2 < f->emin) {
		bits = kept; /* rounding up to 2^(mant-1) gives the smallest normal */
	} else {
		/* kept carries the implicit bit, which adds one to the
		 * exponent field: a carry to 2^mant adds one more. */
		bits = ((uint64_t)(e2 - f->emin) << (f->mant - 1)) + kept;
	}
	if (bits >= inf) {
		*range = true;
		return inf;
	}
	*range = tiny && inexact; /* underflow */
	return bits;
}
