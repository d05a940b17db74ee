/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * strtold: strtod's double, widened. The result is correctly rounded to
 * double, not to long double's longer significand (see stdlib.h).
 */
#include <__nolibc_fp.h>

#if __NOLIBC_HAVE_FP
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if __LDBL_MANT_DIG__ == 113
/*
 * binary128 (arm64): built from the double's bits, since the compiler
 * would call __extenddftf2, which a freestanding image does not have.
 */
static long double widen(double d)
{
	uint64_t b, frac, hi, lo;
	unsigned int exp;
	long double r;
	int s;

	memcpy(&b, &d, sizeof(b));
	exp = (unsigned int)(b >> 52) & 0x7ff;
	frac = b & ((UINT64_C(1) << 52) - 1);
	if (exp == 0x7ff) {
		exp = 0x7fff;
	} else if (exp != 0) {
		exp += 16383 - 1023;
	} else if (frac != 0) { /* subnormal: normalise */
		s = __builtin_clzll(frac) - 11;
		frac = (frac << s) & ((UINT64_C(1) << 52) - 1);
		exp = 16383 - 1022 - (unsigned int)s;
	}
	hi = (b & (UINT64_C(1) << 63)) | (uint64_t)exp << 48 | frac >> 4;
	lo = frac << 60;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy((char *)&r, &lo, 8);
	memcpy((char *)&r + 8, &hi, 8);
#else
	memcpy((char *)&r, &hi, 8);
	memcpy((char *)&r + 8, &lo, 8);
#endif
	return r;
}
#else
/* x87 extended (x86_64): the conversion is one instruction. */
static long double widen(double d) { return d; }
#endif

long double strtold(const char *restrict s, char **restrict endptr)
{
	return widen(strtod(s, endptr));
}
#endif
