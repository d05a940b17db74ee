/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * printf's floating-point conversions, from the bits of a double:
 * %f %e %g through the exact decimal expansion (decimal.h), %a straight
 * from the bits. Rounding is to nearest, ties to even, on the exact
 * value, as glibc does; no floating-point arithmetic anywhere.
 */
#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include "decimal.h"
#include "format.h"

/*
 * A number laid out as: sign, prefix ("0x"), integer digits and izeros
 * zeros, the point, flead zeros, fraction digits and ftrail zeros, then
 * the exponent text. Digits point into a struct decimal or a buffer.
 */
struct layout {
	char sign; /* 0 for none */
	const char *prefix;
	const char *idig;
	long ilen, izeros;
	bool point;
	long flead;
	const char *fdig;
	long flen, ftrail;
	char exp[8];
	int elen;
};

static void emit_layout(struct out *o, const struct spec *sp,
			const struct layout *l, bool zero_pad)
{
	long plen = l->prefix ? (long)strlen(l->prefix) : 0;
	long total = (l->sign != 0) + plen + l->ilen + l->izeros + l->point +
		     l->flead + l->flen + l->ftrail + l->elen;
	long pad = sp->width > total ? sp->width - total : 0;

	if (sp->flags & F_MINUS)
		zero_pad = false;
	if (!(sp->flags & F_MINUS) && !zero_pad)
		fmt_repeat(o, ' ', pad);
	if (l->sign)
		fmt_emit(o, &l->sign, 1);
	fmt_emit(o, l->prefix, (size_t)plen);
	if (zero_pad)
		fmt_repeat(o, '0', pad);
	fmt_emit(o, l->idig, (size_t)l->ilen);
	fmt_repeat(o, '0', l->izeros);
	if (l->point)
		fmt_emit(o, ".", 1);
	fmt_repeat(o, '0', l->flead);
	fmt_emit(o, l->fdig, (size_t)l->flen);
	fmt_repeat(o, '0', l->ftrail);
	fmt_emit(o, l->exp, (size_t)l->elen);
	if (sp->flags & F_MINUS)
		fmt_repeat(o, ' ', pad);
}

/* "e+05", "P-1074": the letter, a sign and at least mindig digits. */
static void set_exp(struct layout *l, char letter, long x, int mindig)
{
	char tmp[8];
	int n = 0;
	unsigned long u = x < 0 ? -(unsigned long)x : (unsigned long)x;

	l->exp[l->elen++] = letter;
	l->exp[l->elen++] = x < 0 ? '-' : '+';
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u || n < mindig);
	while (n)
		l->exp[l->elen++] = tmp[--n];
}

/* Fixed notation of dec (already rounded to prec fraction digits). */
static void layout_f(struct layout *l, const struct decimal *dec, long prec,
		     bool hash, bool strip)
{
	if (dec->n == 0 || dec->exp <= 0) {
		l->idig = "0";
		l->ilen = 1;
		l->flead = dec->n ? -dec->exp : 0;
		l->fdig = dec->d;
		l->flen = dec->n;
	} else {
		l->idig = dec->d;
		l->ilen = dec->n < dec->exp ? dec->n : dec->exp;
		l->izeros = dec->exp - l->ilen;
		l->fdig = dec->d + l->ilen;
		l->flen = dec->n - l->ilen;
	}
	if (dec->n == 0)
		l->flead = strip ? 0 : prec;
	else
		l->ftrail = strip ? 0 : prec - l->flead - l->flen;
	if (strip && l->flen == 0)
		l->flead = 0;
	l->point = hash || l->flead + l->flen + l->ftrail > 0;
}

/* Scientific notation of dec (already rounded to prec + 1 digits). */
static void layout_e(struct layout *l, const struct decimal *dec, long prec,
		     bool hash, bool strip, bool upper)
{
	if (dec->n == 0) {
		l->idig = "0";
		l->ilen = 1;
		l->fdig = dec->d;
	} else {
		l->idig = dec->d;
		l->ilen = 1;
		l->fdig = dec->d + 1;
		l->flen = dec->n - 1;
	}
	l->ftrail = strip ? 0 : prec - l->flen;
	l->point = hash || l->flen + l->ftrail > 0;
	set_exp(l, upper ? 'E' : 'e', dec->n ? dec->exp - 1 : 0, 2);
}

/* %f %e %g: exact digits, rounded for the conversion. */
static void layout_decimal(struct layout *l, struct decimal *dec,
			   const struct spec *sp, char conv, uint64_t bits)
{
	bool hash = sp->flags & F_HASH, upper = conv <= 'Z';
	long prec = sp->prec < 0 ? 6 : sp->prec, x;

	switch (conv | 0x20) {
	case 'f':
		decimal_from_bits(dec, bits, prec, LONG_MAX);
		decimal_round(dec, dec->exp + prec);
		layout_f(l, dec, prec, hash, false);
		break;
	case 'e':
		decimal_from_bits(dec, bits, LONG_MAX, prec + 1);
		decimal_round(dec, prec + 1);
		layout_e(l, dec, prec, hash, false, upper);
		break;
	default: /* 'g': P significant digits, then %f or %e by exponent */
		if (prec == 0)
			prec = 1;
		decimal_from_bits(dec, bits, LONG_MAX, prec);
		decimal_round(dec, prec);
		x = dec->n ? dec->exp - 1 : 0;
		if (x < prec && x >= -4)
			layout_f(l, dec, prec - 1 - x, hash, !hash);
		else
			layout_e(l, dec, prec - 1, hash, !hash, upper);
		break;
	}
}

/* %a: hexadecimal digits of the significand, exponent in decimal. */
static void layout_hex(struct layout *l, char *buf, const struct spec *sp,
		       bool upper, uint64_t bits)
{
	const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int bexp = (int)(bits >> 52) & 0x7ff, ndig = 13, i;
	uint64_t sig =
		bits & ((UINT64_C(1) << 52) - 1); /* lead digit . 13 digits */
	long x = 0;

	if (bexp) {
		sig |= UINT64_C(1) << 52;
		x = bexp - 1023;
	} else if (sig) {
		x = -1022; /* subnormal: 0x0.<digits>p-1022, as glibc prints */
	}
	if (sp->prec < 0) {
		while (ndig > 0 && !((sig >> (4 * (13 - ndig))) & 0xf))
			ndig--; /* the shortest exact form */
	} else if (sp->prec < 13) {
		int drop = 4 * (13 - sp->prec);
		uint64_t rest = sig & ((UINT64_C(1) << drop) - 1);
		uint64_t half = UINT64_C(1) << (drop - 1);

		sig >>= drop;
		sig += rest > half || (rest == half && (sig & 1));
		sig <<= drop; /* a carry may make the lead digit 2 (or 1) */
		ndig = sp->prec;
	}
	buf[0] = xd[sig >> 52];
	for (i = 0; i < 13; i++)
		buf[1 + i] = xd[(sig >> (4 * (12 - i))) & 0xf];
	l->prefix = upper ? "0X" : "0x";
	l->idig = buf;
	l->ilen = 1;
	l->fdig = buf + 1;
	l->flen = ndig;
	l->ftrail = sp->prec > 13 ? sp->prec - 13 : 0;
	l->point = (sp->flags & F_HASH) || l->flen + l->ftrail > 0;
	set_exp(l, upper ? 'P' : 'p', x, 1);
}

void fmt_float(struct out *o, const struct spec *sp, char conv, uint64_t bits)
{
	struct layout l = { 0 };
	struct decimal dec;
	char hex[14];
	bool upper = conv <= 'Z';

	if (bits >> 63)
		l.sign = '-';
	else if (sp->flags & F_PLUS)
		l.sign = '+';
	else if (sp->flags & F_SPACE)
		l.sign = ' ';

	if (((bits >> 52) & 0x7ff) == 0x7ff) { /* inf, nan: never zero-padded */
		l.idig = bits & ((UINT64_C(1) << 52) - 1)
				 ? (upper ? "NAN" : "nan")
				 : (upper ? "INF" : "inf");
		l.ilen = 3;
		emit_layout(o, sp, &l, false);
		return;
	}
	if ((conv | 0x20) == 'a')
		layout_hex(&l, hex, sp, upper, bits);
	else
		layout_decimal(&l, &dec, sp, conv, bits);
	emit_layout(o, sp, &l, sp->flags & F_ZERO);
}
