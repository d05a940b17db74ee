/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private: the integer half of strtod and strtof. The parser reads the
 * text and, for a finite non-zero number, computes its exact value as a
 * 64-bit quotient and a sticky bit; strtod_bits() rounds that to a
 * format. No floating-point arithmetic, so this compiles on every target
 * and can be tested anywhere; strtod.c only turns bits into a double.
 */
#ifndef NOLIBC_STRTOD_PRIV_H
#define NOLIBC_STRTOD_PRIV_H

#include <stdbool.h>
#include <stdint.h>
#include "fpround.h"

/*
 * Decimal digits kept. A number halfway between two doubles has at most
 * 767 significant digits, so 800 digits and a sticky digit for the rest
 * decide every rounding exactly.
 */
#define STRTOD_MAX_DIGITS 800

enum strtod_kind {
	STRTOD_NONE, /* no conversion: end is the start of the string */
	STRTOD_ZERO,
	STRTOD_NUM,  /* (q + tail) * 2^(e2 - 63), tail non-zero iff sticky */
	STRTOD_HUGE, /* decimal far beyond any format's range */
	STRTOD_TINY, /* decimal far below half any format's smallest value */
	STRTOD_INF,
	STRTOD_NAN,
};

/** What the text says. */
struct strtod_value {
	enum strtod_kind kind;
	bool neg;
	uint64_t q; /* bit 63 set */
	long e2;
	bool sticky;
	const char *end; /* first character not consumed */
};

/** Parse s as C11 strtod does (whitespace, sign, decimal, hex, inf, nan). */
void strtod_parse(const char *s, struct strtod_value *v);

/**
 * The bits of v in format f, correctly rounded (ties to even); sets
 * *range on overflow and on inexact underflow.
 */
uint64_t strtod_bits(const struct strtod_value *v, const struct fp_format *f,
		     bool *range);

/**
 * Exact D * 10^e10 for the n decimal digits of D (no leading zero,
 * -1125 <= e10, n + e10 <= 311): sets *q (bit 63 set) and *e2 so that
 * the value is (*q + tail) * 2^(*e2 - 63); returns whether tail != 0.
 */
bool strtod_decimal(const char *digits, int n, long e10, uint64_t *q, long *e2);

#endif /* NOLIBC_STRTOD_PRIV_H */
