/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private: rounding an exact binary value to an IEEE 754 binary format
 * (round to nearest, ties to even), in integer arithmetic. Shared by the
 * decimal and hexadecimal paths of strtod and strtof.
 */
#ifndef NOLIBC_FPROUND_H
#define NOLIBC_FPROUND_H

#include <stdbool.h>
#include <stdint.h>

/** An IEEE 754 binary format. */
struct fp_format {
	int width; /* bits in all: 64, 32 */
	int mant;  /* significand bits, the implicit one included: 53, 24 */
	int emin;  /* exponent of the smallest normal number: -1022, -126 */
	int emax;  /* exponent of the largest finite number: 1023, 127 */
};

extern const struct fp_format fp_binary64, fp_binary32;

/**
 * The bits (sign clear) of the number of format f nearest to
 * (q + t) * 2^(e2 - 63), where q has bit 63 set and 0 <= t < 1 is a
 * tail that is non-zero exactly when sticky is true. Sets *range when
 * the result overflows to infinity, or underflows: it is not exact and
 * the value is below the smallest normal number even when rounded to
 * the format's precision with an unbounded exponent (IEEE 754 tininess
 * after rounding, as glibc reports it on x86_64).
 */
uint64_t fp_round(uint64_t q, long e2, bool sticky, const struct fp_format *f,
		  bool *range);

#endif /* NOLIBC_FPROUND_H */
