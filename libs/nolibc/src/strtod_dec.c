/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Exact decimal to binary: D * 10^E as a 64-bit quotient and a sticky
 * bit, by big integer division (see strtod_priv.h).
 *
 * D * 10^E = D * 5^E * 2^E. With num = D * 5^E (E >= 0) or D, and
 * den = 1 or 5^-E (E < 0), scale num or den by a power of two so that
 * 2^63 <= num / den < 2^64, then divide bit by bit. The remainder tells
 * whether anything is left below the quotient.
 *
 * Sizes: the parser keeps at most STRTOD_MAX_DIGITS digits and calls
 * this only when -1125 <= E and n + E <= 311, so den <= 5^1125 (2613
 * bits) and num < den * 2^65 stay inside struct big.
 */
#include "bigint.h"
#include "strtod_priv.h"

/* D from its decimal digits, nine at a time. */
static void from_digits(struct big *b, const char *digits, int n)
{
	uint32_t chunk = 0, scale = 1;
	int i;

	big_set(b, 0);
	for (i = 0; i < n; i++) {
		chunk = chunk * 10 + (uint32_t)(digits[i] - '0');
		scale *= 10;
		if (scale == 1000000000u || i == n - 1) {
			big_mul_add(b, scale, chunk);
			chunk = 0;
			scale = 1;
		}
	}
}

bool strtod_decimal(const char *digits, int n, long e10, uint64_t *q, long *e2)
{
	struct big num, den;
	int shift;
	uint64_t quot = 0;
	int i;

	from_digits(&num, digits, n);
	big_set(&den, 1);
	if (e10 >= 0)
		big_mul_pow5(&num, (unsigned int)e10);
	else
		big_mul_pow5(&den, (unsigned int)-e10);

	/* num * 2^shift / den now lies in (2^63, 2^65). */
	shift = 64 - (big_bitlen(&num) - big_bitlen(&den));
	if (shift >= 0)
		big_shl(&num, (unsigned int)shift);
	else
		big_shl(&den, (unsigned int)-shift);
	big_shl(&den, 64);
	if (big_cmp(&num, &den) >= 0)
		shift--; /* in [2^64, 2^65): the divisor doubles */
	else
		big_shr1(&den);

	/* den is now divisor * 2^63: take quotient bits 63 .. 0. */
	for (i = 63; i >= 0; i--) {
		if (big_cmp(&num, &den) >= 0) {
			big_sub(&num, &den);
			quot |= (uint64_t)1 << i;
		}
		big_shr1(&den);
	}
	*q = quot;
	*e2 = e10 - shift + 63;
	return !big_is_zero(&num);
}
