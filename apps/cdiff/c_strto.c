/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Numeric conversions (C11 7.22.1): strtol, strtoul, strtoll, strtoull
 * in bases 0, 2, 8, 10, 16 and 36 with overflow, signs, leading space
 * and endptr; strtod, strtof, strtold with hexadecimal floats,
 * infinities, NaNs, subnormals and ERANGE; atoi, atol, atoll.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "cdiff.h"

static const char *ename(int e)
{
	return e == ERANGE ? "ERANGE" : e ? "E?" : "0";
}

static const char *const ints_in[] = { "0",
				       "-0",
				       "+0",
				       "42",
				       "  \t\n42x",
				       "-42",
				       "+-1",
				       "",
				       "   ",
				       "x",
				       "0x",
				       "0X",
				       "0x1g",
				       "0xg",
				       "-0x10",
				       "0x7fffffff",
				       "0b101",
				       "101",
				       "z",
				       "Zz",
				       "09",
				       "0777",
				       "2147483647",
				       "2147483648",
				       "-2147483648",
				       "-2147483649",
				       "9223372036854775807",
				       "9223372036854775808",
				       "-9223372036854775808",
				       "-9223372036854775809",
				       "18446744073709551615",
				       "18446744073709551616",
				       "-1",
				       "-18446744073709551615",
				       "-18446744073709551616",
				       "99999999999999999999999999",
				       "  -",
				       "+",
				       "1_000",
				       "0x0x1",
				       "00x1",
				       "-0x",
				       " 0x",
				       "fF",
				       "0xFFFFFFFFFFFFFFFF",
				       "0x10000000000000000",
				       "1z",
				       "ZZZZZZZZZZZZZZ",
				       "10" };
static const int bases[] = { 0, 2, 8, 10, 16, 36 };

static void ints(void)
{
	char label[96];
	size_t i, b;

	for (i = 0; i < sizeof(ints_in) / sizeof(ints_in[0]); i++)
		for (b = 0; b < sizeof(bases) / sizeof(bases[0]); b++) {
			const char *s = ints_in[i];
			char *end;
			long l;
			unsigned long ul;
			long long ll;
			unsigned long long ull;
			int e1, e2, e3, e4;
			long d1, d2, d3, d4;

			errno = 0;
			l = strtol(s, &end, bases[b]);
			e1 = errno;
			d1 = end - s;
			errno = 0;
			ul = strtoul(s, &end, bases[b]);
			e2 = errno;
			d2 = end - s;
			errno = 0;
			ll = strtoll(s, &end, bases[b]);
			e3 = errno;
			d3 = end - s;
			errno = 0;
			ull = strtoull(s, &end, bases[b]);
			e4 = errno;
			d4 = end - s;
			snprintf(label, sizeof(label), "strto \"%s\" base %d",
				 s, bases[b]);
			cd_line(label,
				"l=%ld/%ld/%s ul=%lu/%ld/%s ll=%lld/%ld/%s ull=%llu/%ld/%s",
				l, d1, ename(e1), ul, d2, ename(e2), ll, d3,
				ename(e3), ull, d4, ename(e4));
		}
}

static const char *const fl_in[] = {
	"0",
	"-0",
	"1",
	"-1.5",
	"  +2.5e3x",
	".5",
	"5.",
	".",
	"e5",
	"1e",
	"1e+",
	"1e+x",
	"1.5E-3",
	"0x",
	"0x.",
	"0x1p",
	"0x1.8p1",
	"0X1P-1074",
	"0x1p-1075",
	"0x1.0000000000001p-1075",
	"0x1p-1022",
	"0x0.fffffffffffffp-1022",
	"0x1.fffffffffffffp1023",
	"0x1p1024",
	"-0x1p1024",
	"0x.8",
	"0xap0",
	"0x1.g",
	"inf",
	"-inf",
	"INF",
	"infinity",
	"-Infinity",
	"infin",
	"infinityx",
	"nan",
	"-nan",
	"NaN",
	"nan()",
	"nan(123)",
	"nan(abc_1)",
	"nan(",
	"nan(x",
	"nan(-)",
	"nanx",
	"in",
	"n",
	"1e308",
	"1e309",
	"-1e309",
	"1.7976931348623157e308",
	"1.7976931348623158e308",
	"1.7976931348623159e308",
	"4.9406564584124654e-324",
	"2.4703282292062327e-324",
	"2.4703282292062328e-324",
	"1e-320",
	"1e-400",
	"-1e-400",
	"2.2250738585072011e-308",
	"2.2250738585072014e-308",
	"0.1",
	"123456789012345678901234567890",
	"1e-5",
	"3.4028235e38",
	"3.4028236e38",
	"1.4e-45",
	"7e-46",
	"1e-39",
	"0.000000000000000000000000000000000000000000001",
	"9007199254740993",
	"9007199254740993.0000000001",
	"1,5",
	"  ",
	"",
	"+",
	"-",
	"+.e1",
	"0e",
	"0x0p0"
};

static void floats(void)
{
	char label[96];
	size_t i;

	for (i = 0; i < sizeof(fl_in) / sizeof(fl_in[0]); i++) {
		const char *s = fl_in[i];
		char *end;
		double d;
		float f;
		long double ld;
		int e1, e2, e3;
		long d1, d2, d3;

		errno = 0;
		d = strtod(s, &end);
		e1 = errno;
		d1 = end - s;
		errno = 0;
		f = strtof(s, &end);
		e2 = errno;
		d2 = end - s;
		errno = 0;
		ld = strtold(s, &end);
		e3 = errno;
		d3 = end - s;
		snprintf(label, sizeof(label), "strto \"%s\" float", s);
		/* NaN payloads are implementation-defined: only the sign shows. */
		if (isnan(d))
			cd_line(label, "d=%snan/%ld/%s f=%snan/%ld/%s",
				signbit(d) ? "-" : "", d1, ename(e1),
				signbit(f) ? "-" : "", d2, ename(e2));
		else
			cd_line(label, "d=%a/%ld/%s f=%a/%ld/%s", d, d1,
				ename(e1), (double)f, d2, ename(e2));
		/* long double as its nearest double and the rest; a line of its own (docs/libc.md). */
		snprintf(label, sizeof(label), "longdouble strtold \"%s\"", s);
		if (isnan(ld))
			cd_line(label, "%snan/%ld/%s", signbit(ld) ? "-" : "",
				d3, ename(e3));
		else
			cd_line(label, "%a%+a/%ld/%s", (double)ld,
				isinf((double)ld)
					? 0.0
					: (double)(ld -
						   (long double)(double)ld),
				d3, ename(e3));
	}
}

static void atox(void)
{
	static const char *const in[] = { "0",
					  "  -17x",
					  "+5",
					  "2147483647",
					  "-2147483648",
					  "abc",
					  "",
					  "  12 34",
					  "0x10",
					  "9223372036854775807",
					  "-9223372036854775808" };
	char label[64];
	size_t i;

	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		long l = atol(in[i]);
		long long ll = atoll(in[i]);
		int v = (l >= -2147483647L - 1 && l <= 2147483647L)
				? atoi(in[i])
				: 0;

		snprintf(label, sizeof(label), "strto atoi \"%s\"", in[i]);
		cd_line(label, "%d %ld %lld %a", v, l, ll, atof(in[i]));
	}
}

void cd_strto(void)
{
	ints();
	floats();
	atox();
}
