/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * strtod, strtof, atof: the integer work is in strtod_parse.c;
 * this file only moves bits into floating-point registers, so it is
 * compiled only where the target has them (__NOLIBC_HAVE_FP).
 */
#include <__nolibc_fp.h>

#if __NOLIBC_HAVE_FP
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "strtod_priv.h"

/* Parse, round to f and report: the bits, *endptr and errno. */
static uint64_t convert(const char *s, char **endptr, const struct fp_format *f)
{
	struct strtod_value v;
	uint64_t bits;
	bool range;

	strtod_parse(s, &v);
	bits = strtod_bits(&v, f, &range);
	if (range)
		errno = ERANGE;
	if (endptr)
		*endptr = (char *)v.end;
	return bits;
}

double strtod(const char *restrict s, char **restrict endptr)
{
	uint64_t bits = convert(s, endptr, &fp_binary64);
	double d;

	memcpy(&d, &bits, sizeof(d));
	return d;
}

float strtof(const char *restrict s, char **restrict endptr)
{
	uint32_t bits = (uint32_t)convert(s, endptr, &fp_binary32);
	float f;

	memcpy(&f, &bits, sizeof(f));
	return f;
}

double atof(const char *s) { return strtod(s, NULL); }
#endif
