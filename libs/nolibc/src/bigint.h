/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private: a fixed-capacity unsigned big integer, just what exact decimal
 * <-> binary floating-point conversion needs (strtod, printf's %f %e %g).
 * Integer arithmetic only, so it compiles on every target.
 *
 * Capacity: BIG_LIMBS 32-bit limbs (3072 bits). The largest number the
 * conversions build is below 2^2700: 5^1125 times 2^65 in strtod (see
 * strtod_dec.c), 2^1074 times 10^9 in the digit generator.
 */
#ifndef NOLIBC_BIGINT_H
#define NOLIBC_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

#define BIG_LIMBS 96

/** Little-endian limbs; n limbs are in use and limb n-1 is not zero. */
struct big {
	int n;
	uint32_t d[BIG_LIMBS];
};

/** b = v. */
void big_set(struct big *b, uint64_t v);
/** b = b * m + a. */
void big_mul_add(struct big *b, uint32_t m, uint32_t a);
/** b = b * 5^e. */
void big_mul_pow5(struct big *b, unsigned int e);
/** b = b * 2^s. */
void big_shl(struct big *b, unsigned int s);
/** b = b / 2. */
void big_shr1(struct big *b);
/** -1, 0 or 1 as a is less than, equal to or greater than b. */
int big_cmp(const struct big *a, const struct big *b);
/** a = a - b; requires a >= b. */
void big_sub(struct big *a, const struct big *b);
/** Number of significant bits (0 for zero). */
int big_bitlen(const struct big *b);
/** b = b / m; returns the remainder (m > 0). */
uint32_t big_divmod(struct big *b, uint32_t m);
/** Returns b >> s (which must fit 32 bits) and keeps b mod 2^s in b. */
uint32_t big_split(struct big *b, unsigned int s);

static inline bool big_is_zero(const struct big *b) { return b->n == 0; }

#endif /* NOLIBC_BIGINT_H */
