/* SPDX-License-Identifier: BSD-3-Clause */
/* The text of a floating-point number, as C11 7.22.1.3 says. */
#include <ctype.h>
#include <stddef.h>
#include "strtod_priv.h"

/* Exponents are clamped here: far beyond any range, far within long. */
#define EXP_LIMIT 100000000L

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Case-insensitive prefix match of the lower-case word w. */
static bool word(const char *p, const char *w)
{
	for (; *w; p++, w++)
		if (tolower((unsigned char)*p) != *w)
			return false;
	return true;
}

/* An optional exponent "[eEpP][+-]digits" at p; p itself if absent. */
static const char *exponent(const char *p, long *exp)
{
	const char *q = p + 1;
	bool neg = false;
	long e = 0;

	*exp = 0;
	if (*q == '+' || *q == '-')
		neg = *q++ == '-';
	if (!isdigit((unsigned char)*q))
		return p;
	for (; isdigit((unsigned char)*q); q++)
		if (e < EXP_LIMIT)
			e = e * 10 + (*q - '0');
	*exp = neg ? -e : e;
	return q;
}

static void parse_hex(const char *p, struct strtod_value *v)
{
	uint64_t q = 0;
	long e2 = 0, bexp = 0;
	bool any = false, started = false, sticky = false, frac = false;
	int d, lz;

	for (;; p++) {
		if (*p == '.' && !frac) {
			frac = true;
			continue;
		}
		if ((d = hexval((unsigned char)*p)) < 0)
			break;
		any = true;
		if (!started && d == 0) {
			e2 -= frac ? 4 : 0; /* leading zero */
		} else if (q >> 60 == 0) {
			started = true;
			q = q << 4 | (uint64_t)d;
			e2 -= frac ? 4 : 0;
		} else {
			sticky |= d != 0; /* beyond 64 bits */
			e2 += frac ? 0 : 4;
		}
	}
	if (!any)
		return; /* "0x" alone: the caller's "0" stands */
	if (*p == 'p' || *p == 'P')
		p = exponent(p, &bexp);
	v->end = p;
	if (!q) {
		v->kind = STRTOD_ZERO;
		return;
	}
	lz = __builtin_clzll(q);
	v->kind = STRTOD_NUM;
	v->q = q << lz;
	v->e2 = e2 + bexp + 63 - lz;
	v->sticky = sticky;
}

static void parse_decimal(const char *p, struct strtod_value *v)
{
	char dig[STRTOD_MAX_DIGITS + 1];
	int n = 0;
	long e10 = 0, exp;
	bool any = false, frac = false, dropped = false;

	for (;; p++) {
		if (*p == '.' && !frac) {
			frac = true;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			break;
		any = true;
		if (n == 0 && *p == '0') {
			e10 -= frac; /* leading zero */
		} else if (n < STRTOD_MAX_DIGITS) {
			dig[n++] = *p;
			e10 -= frac;
		} else {
			dropped |= *p != '0';
			e10 += !frac;
		}
	}
	if (!any)
		return;
	if (*p == 'e' || *p == 'E')
		p = exponent(p, &exp);
	else
		exp = 0;
	v->end = p;
	e10 += exp;
	if (dropped) { /* a digit that stands for the non-zero rest */
		dig[n++] = '1';
		e10--;
	}
	while (n > 0 && dig[n - 1] == '0') {
		n--;
		e10++;
	}
	if (n == 0)
		v->kind = STRTOD_ZERO;
	else if (n + e10 > 311)
		v->kind = STRTOD_HUGE; /* >= 10^310 */
	else if (n + e10 < -324)
		v->kind = STRTOD_TINY; /* < 10^-325 */
	else {
		v->kind = STRTOD_NUM;
		v->sticky = strtod_decimal(dig, n, e10, &v->q, &v->e2);
	}
}

void strtod_parse(const char *s, struct strtod_value *v)
{
	const char *p = s;

	*v = (struct strtod_value){ .kind = STRTOD_NONE, .end = s };
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		v->neg = *p++ == '-';

	if (word(p, "inf")) {
		v->kind = STRTOD_INF;
		v->end = p + (word(p, "infinity") ? 8 : 3);
	} else if (word(p, "nan")) {
		const char *q = p + 3;

		v->kind = STRTOD_NAN;
		v->end = q;
		if (*q == '(') {
			while (isalnum((unsigned char)*++q) || *q == '_')
				;
			if (*q == ')')
				v->end = q + 1;
		}
	} else if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		v->kind = STRTOD_ZERO; /* at least the "0" */
		v->end = p + 1;
		parse_hex(p + 2, v);
	} else {
		parse_decimal(p, v);
	}
	if (v->kind == STRTOD_NONE)
		v->neg = false;
}
