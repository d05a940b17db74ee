/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private: the exact decimal expansion of a binary64 number, and its
 * rounding to fewer digits (ties to even). printf's %f %e %g use it. A
 * double is m * 2^e, so its expansion is finite: at most 309 digits
 * before the point and 767 significant digits in all. Integer arithmetic
 * only (bigint.h), so the digits are exact on every target.
 */
#ifndef NOLIBC_DECIMAL_H
#define NOLIBC_DECIMAL_H

#include <stdint.h>

#define DECIMAL_MAX 800

/**
 * value = 0.d[0] d[1] ... d[n-1] * 10^exp, with d[] the characters
 * '0'..'9', d[0] != '0' and d[n-1] != '0'; n == 0 is zero.
 */
struct decimal {
	int n;
	int exp;
	char d[DECIMAL_MAX];
};

/**
 * The exact expansion of |x|, x finite, given x's bits; or, to save
 * work, one that stops once it has more than max_frac digits after the
 * point or more than max_sig significant digits, with a last digit '1'
 * standing for a non-zero rest. Rounding to at most max_frac fraction
 * digits or max_sig significant digits gives the same result on both.
 */
void decimal_from_bits(struct decimal *dec, uint64_t bits, long max_frac,
		       long max_sig);

/**
 * Round to keep significant digits (ties to even; keep <= 0 rounds to
 * 0 or to one unit of the digit just above d[0]). Nothing happens when
 * keep >= n.
 */
void decimal_round(struct decimal *dec, long keep);

#endif /* NOLIBC_DECIMAL_H */
