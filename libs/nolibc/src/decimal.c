/* SPDX-License-Identifier: BSD-3-Clause */
/* Exact decimal expansion of a double and its rounding (see decimal.h). */
#include <stdbool.h>
#include "bigint.h"
#include "decimal.h"

#define E9 1000000000u

static void trim(struct decimal *dec)
{
	while (dec->n > 0 && dec->d[dec->n - 1] == '0')
		dec->n--;
}

/* Append the width low decimal digits of v (all of them if width is 0). */
static void put(struct decimal *dec, uint64_t v, int width)
{
	char tmp[20];
	int len = 0;

	do {
		tmp[len++] = (char)('0' + v % 10);
		v /= 10;
	} while (v || len < width);
	while (len)
		dec->d[dec->n++] = tmp[--len];
}

/* m * 2^e, e >= 0: an integer of up to 1024 bits, in base 10^9 chunks. */
static void integer(struct decimal *dec, uint64_t m, int e)
{
	uint32_t chunk[36];
	int nchunk = 0;
	struct big b;

	big_set(&b, m);
	big_shl(&b, (unsigned int)e);
	while (!big_is_zero(&b))
		chunk[nchunk++] = big_divmod(&b, E9);
	put(dec, chunk[--nchunk], 0);
	while (nchunk)
		put(dec, chunk[--nchunk], 9);
	dec->exp = dec->n;
}

/*
 * m * 2^-k, k > 0: the integer part, then the fraction 9 digits at a
 * time, until it ends or more than max_frac fraction digits or max_sig
 * significant digits are there; a non-zero rest then becomes a final '1'.
 */
static void fraction(struct decimal *dec, uint64_t m, int k, long max_frac,
		     long max_sig)
{
	uint64_t ipart = k < 64 ? m >> k : 0;
	struct big f;
	long fpos = 0;
	int i, start;

	if (ipart)
		put(dec, ipart, 0);
	dec->exp = dec->n;
	big_set(&f, k < 64 ? m & (((uint64_t)1 << k) - 1) : m);
	while (!big_is_zero(&f)) {
		if (fpos > max_frac || dec->n > max_sig) {
			dec->d[dec->n++] = '1'; /* stands for the rest */
			break;
		}
		fpos += 9;
		big_mul_add(&f, E9, 0);
		start = dec->n;
		put(dec, big_split(&f, (unsigned int)k), 9);
		if (start == 0) { /* no digit yet: drop leading zeros */
			for (i = 0; i < 9 && dec->d[i] == '0'; i++)
				;
			dec->exp -= i;
			dec->n = 0;
			for (; i < 9; i++)
				dec->d[dec->n++] = dec->d[i];
		}
	}
}

void decimal_from_bits(struct decimal *dec, uint64_t bits, long max_frac,
		       long max_sig)
{
	int bexp = (int)(bits >> 52) & 0x7ff;
	uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
	int e;

	dec->n = 0;
	dec->exp = 0;
	if (bexp) {
		m |= UINT64_C(1) << 52;
		e = bexp - 1075;
	} else {
		e = -1074;
	}
	if (!m)
		return;
	if (e >= 0)
		integer(dec, m, e);
	else
		fraction(dec, m, -e, max_frac, max_sig);
	trim(dec);
}

void decimal_round(struct decimal *dec, long keep)
{
	bool up;
	char prev;
	int i;

	if (keep >= dec->n)
		return;
	if (keep < 0) {
		dec->n = 0;
		return;
	}
	prev = keep > 0 ? dec->d[keep - 1] : '0';
	if (dec->d[keep] != '5')
		up = dec->d[keep] > '5';
	else /* digits after the 5 are not all zero, or a tie */
		up = dec->n > keep + 1 || ((prev - '0') & 1);
	dec->n = (int)keep;
	if (!up) {
		trim(dec);
		return;
	}
	for (i = dec->n - 1; i >= 0 && dec->d[i] == '9'; i--)
		;
	if (i < 0) { /* 99..9 becomes 1 at the next power of ten */
		dec->d[0] = '1';
		dec->n = 1;
		dec->exp++;
	} else {
		dec->d[i]++;
		dec->n = i + 1;
	}
}
