/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * printf (C11 7.21.6.1): snprintf's return value with truncation and
 * n = 0, every conversion with the flags - + space # 0, * width and
 * precision, the length modifiers, float rounding at ties and for huge,
 * tiny and subnormal values, infinities and NaNs. Each line shows the
 * format, its arguments, snprintf's return value and the text.
 */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include "cdiff.h"

static void show(const char *label, size_t size, const char *fmt, ...)
{
	char buf[512], line[600];
	va_list ap;
	int n;

	memset(buf, '#', sizeof(buf));
	va_start(ap, fmt);
	n = vsnprintf(size ? buf : NULL, size, fmt, ap);
	va_end(ap);
	snprintf(line, sizeof(line), "%s size=%u ret=%d", label, (unsigned)size,
		 n);
	if (size)
		cd_str(line, buf);
	else
		cd_line(line, "-");
}

/* Whole-buffer conversion, labelled with the format and its arguments. */
#define PF(fmt, ...) \
	show("printf [" fmt "] (" #__VA_ARGS__ ")", 512, fmt, __VA_ARGS__)
/* Into a buffer of n bytes. */
#define PN(n, fmt, ...) \
	show("printf [" fmt "] (" #__VA_ARGS__ ")", n, fmt, __VA_ARGS__)
/* long double: lines of their own (nolibc prints the nearest double, docs/libc.md). */
#define PL(fmt, ...)                                                     \
	show("longdouble printf [" fmt "] (" #__VA_ARGS__ ")", 512, fmt, \
	     __VA_ARGS__)

static void ints(void)
{
	static const char *const flags[] = {
		"", "-", "+", " ", "0", "-+", "+0", " 0", "- ", "#", "#0", "-#"
	};
	static const char conv[] = "diouxX";
	static const int vals[] = { 0,	 1,   -1,	  42,
				    -42, 255, 2147483647, -2147483647 - 1 };
	char fmt[32], label[64];
	size_t f, c, v;

	for (f = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
		for (c = 0; conv[c]; c++) {
			if (strchr(flags[f], '#') &&
			    (conv[c] == 'd' || conv[c] == 'i' ||
			     conv[c] == 'u'))
				continue; /* # with d i u is undefined */
			for (v = 0; v < sizeof(vals) / sizeof(vals[0]); v++) {
				const char *w[] = { "",	   "8",	 ".3",
						    "8.3", ".0", "1" };
				size_t k;

				for (k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
					snprintf(fmt, sizeof(fmt), "%%%s%s%c",
						 flags[f], w[k], conv[c]);
					snprintf(label, sizeof(label),
						 "printf [%s] (%d)", fmt,
						 vals[v]);
					show(label, 512, fmt, vals[v]);
				}
			}
		}
}

static void lengths(void)
{
	PF("%hhd %hhu %hhx", 300, 300, -1);
	PF("%hd %hu %hx %ho", 70000, 70000, -1, -1);
	PF("%ld %lu %lx", -9223372036854775807L - 1, 18446744073709551615UL,
	   -1L);
	PF("%lld %llu %llo %llX", -9223372036854775807LL - 1,
	   18446744073709551615ULL, 01777LL, 0xabcdefLL);
	PF("%jd %ju %jx", INTMAX_MIN, UINTMAX_MAX, (uintmax_t)0x1234);
	PF("%zu %zx %zd", (size_t)-1, (size_t)4096, (size_t)12);
	PF("%td %tx", (ptrdiff_t)-5, (ptrdiff_t)255);
	/* The PRI macros expand differently (both correct): a fixed label. */
	show("printf [PRId64 PRIu32 PRIx16 PRIo8]", 512,
	     "%" PRId64 " %" PRIu32 " %" PRIx16 " %" PRIo8, INT64_MIN,
	     UINT32_MAX, (uint16_t)0xbeef, (uint8_t)8);
	PF("%Lf %Le %Lg %.3LE", 1.5L, -0.25L, 0.5L, 1.0L);
	PL("%Lf %Lg", 0.1L, 1e100L);
	PL("%.20Lg", 0.1L);
	PL("%.25Le", 1.0L / 3.0L);
	PL("%Lg %Le", 1e4000L, 1e-4000L);
}

static void stars(void)
{
	PF("[%*d]", 6, 42);
	PF("[%*d]", -6, 42);
	PF("[%-*d]", -6, 42);
	PF("[%.*d]", 4, 7);
	PF("[%.*d]", -4, 7);
	PF("[%*.*d]", 8, 3, -7);
	PF("[%*.*s]", -8, 2, "abcdef");
	PF("[%.*f]", 2, 3.14159);
	PF("[%.*f]", -1, 3.14159);
	PF("[%0*d]", 5, -3);
	PF("[%.0d]", 0);
	PF("[%.0x]", 0);
	PF("[%#.0o]", 0);
	PF("[%#o]", 0);
	PF("[%#x]", 0);
	PF("[%#.3o]", 8);
	PF("[%+.0d]", 0);
	PF("[% .0d]", 0);
	PF("[%5.0d]", 0);
	PF("[%+u] [% u] [%+x]", 5u, 5u, 5u);
	PF("[%-+ 6d] [%+ d] [%0-6d]", 5, 5, 5);
	PF("[%#.0e] [%.0e] [%#.0g] [%.0g] [%g]", 0.0, 0.0, 0.0, 0.0, 0.0);
	PF("[%#g] [%#G] [%#.10g]", 123.0, 1e-10, 0.5);
	PF("[%#x] [%#X] [%#o] [%#10.4x] [%-#10o]", 255u, 255u, 8u, 15u, 8u);
	PF("[%08.3d] [%-08d] [%08s]", 12, 12, "x");
	PF("[%+.3e] [% .3E] [%+10.1f] [%-+10.1f] [%+010.1f]", 1.0, -1.0, 2.25,
	   2.25, -2.25);
	PF("[%012a] [%-12a] [%+a] [% A]", 1.0, 1.0, 1.0, 1.0);
	PF("[%hhu] [%hhd] [%hu] [%hd]", 255 + 2, 128, 65536 + 3, 32768);
	PF("[%llu] [%lli] [%lo]", 0ULL, -1LL, 8UL);
}

static void chars(void)
{
	PF("[%c]", 'a');
	PF("[%5c]", 'b');
	PF("[%-5c]", 'c');
	PF("[%c]", 0);
	PF("[%c%c]", 256 + 'A', -1);
	PF("[%s]", "hello");
	PF("[%10s]", "hello");
	PF("[%-10s]", "hello");
	PF("[%.3s]", "hello");
	PF("[%.0s]", "hello");
	PF("[%10.2s]", "hello");
	PF("[%s]", "");
	/* Wide characters in the C locale: ASCII only. */
	PF("[%lc] [%3lc] [%-3lc]", L'A', L'b', L'c');
	PF("[%ls] [%5ls] [%-5ls|] [%.2ls] [%ls]", L"abc", L"ab", L"ab", L"abc",
	   L"");
	PF("[%5s]", "");
	PF("[%%]", 0);
	PF("%s%%%d", "a", 1);
	{
		static const char noterm[3] = { 'x', 'y', 'z' };

		PF("[%.3s]", noterm);
	}
}

static void count(void)
{
	char buf[64];
	int a = -1, b = -1, c = -1;
	signed char hh = -1;
	short h = -1;
	long l = -1;
	long long ll = -1;
	intmax_t j = -1;
	size_t z = 99;
	ptrdiff_t t = -1;
	int r;

	r = snprintf(buf, sizeof(buf), "%n%d%n %s%n", &a, 12345, &b, "xy", &c);
	cd_line("printf %n", "ret=%d a=%d b=%d c=%d", r, a, b, c);
	r = snprintf(buf, cd_opaque_size(4), cd_opaque_str("abcdefgh%n"), &a);
	cd_line("printf %n past truncation", "ret=%d n=%d buf=%s", r, a, buf);
	r = snprintf(buf, sizeof(buf), "123%hhn%hn%ln%lln%jn%zn%tn", &hh, &h,
		     &l, &ll, &j, &z, &t);
	cd_line("printf %n lengths", "ret=%d %d %d %ld %lld %jd %zu %td", r, hh,
		h, l, ll, j, z, t);
}

static void truncation(void)
{
	PN(0, "%d", 123456);
	PN(1, "%d", 123456);
	PN(2, "%d", 123456);
	PN(6, "%d", 123456);
	PN(7, "%d", 123456);
	PN(3, "%s|%s", "abc", "def");
	PN(5, "%10.3f", 3.14159);
	PN(0, "%s", "");
	PN(1, "%s", "");
	PN(4, "%c%c%c%c%c", 'a', 'b', 'c', 'd', 'e');
	PN(8, "%e", 1.0);
	{
		char big[300];
		int r;

		memset(big, 'q', sizeof(big) - 1);
		big[sizeof(big) - 1] = '\0';
		r = snprintf(NULL, 0, "%s%s", big, big);
		cd_line("printf snprintf(NULL,0) long", "%d", r);
		r = snprintf(NULL, 0, "%400d|%-300.200f", 5, 1.0);
		cd_line("printf snprintf(NULL,0) wide", "%d", r);
	}
	{
		char buf[32];
		int r = sprintf(buf, "%05.1f|%x", 2.25, 255u);

		cd_line("printf sprintf", "%d %s", r, buf);
	}
}

static void fixed_floats(void)
{
	static const char *const flags[] = { "",  "-",	"+",  " ",  "0",
					     "#", "+0", "-#", "#0", " #" };
	static const char conv[] = "eEfFgGaA";
	static const double vals[] = { 0.0,	 -0.0,	  1.0,	  -1.5,
				       0.1,	 123.456, 1e-5,	  1e21,
				       100000.0, 1e6,	  0.0001, 9.999999,
				       5e-324,	 DBL_MAX, DBL_MIN };
	static const char *const w[] = { "",	 "12",	 ".0", ".3",
					 "12.4", "1.10", ".17" };
	char fmt[32], label[80];
	size_t f, c, v, k;

	for (f = 0; f < sizeof(flags) / sizeof(flags[0]); f++)
		for (c = 0; conv[c]; c++)
			for (v = 0; v < sizeof(vals) / sizeof(vals[0]); v++)
				for (k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
					snprintf(fmt, sizeof(fmt), "%%%s%s%c",
						 flags[f], w[k], conv[c]);
					snprintf(label, sizeof(label),
						 "printf [%s] (%.17g)", fmt,
						 vals[v]);
					show(label, 512, fmt, vals[v]);
				}
}

static void specials(void)
{
	static const char conv[] = "eEfFgGaA";
	static const char *const flags[] = { "",   "+",	  " ", "-8",
					     "08", "+08", "#", "8.3" };
	double vals[4];
	char fmt[32], label[80];
	size_t f, c, v;

	vals[0] = INFINITY;
	vals[1] = -INFINITY;
	vals[2] = NAN;
	vals[3] = copysign(NAN, -1.0);
	for (v = 0; v < 4; v++)
		for (c = 0; conv[c]; c++)
			for (f = 0; f < sizeof(flags) / sizeof(flags[0]); f++) {
				snprintf(fmt, sizeof(fmt), "%%%s%c", flags[f],
					 conv[c]);
				snprintf(label, sizeof(label),
					 "printf [%s] (special %u)", fmt,
					 (unsigned)v);
				show(label, 512, fmt, vals[v]);
			}
}

static void rounding(void)
{
	/* Ties: exactly representable halves round to even (glibc, current rounding mode). */
	PF("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5);
	PF("%.1f %.1f %.1f %.1f", 0.25, 0.35, 0.45, 1.125);
	PF("%.2f %.2f %.2f", 1.125, 1.375, 2.675);
	PF("%.0e %.0e %.0e", 2.5, 3.5, 125.0);
	PF("%.1e %.1e", 1.25, 1.35);
	PF("%.2e %.3e", 1.125, 1.0625);
	PF("%.1g %.1g %.2g %.2g", 2.5, 0.25, 1.25, 0.125);
	PF("%g %g %g %g", 999999.5, 9999995.0, 0.00001234565, 123456.5);
	PF("%g %g %g", 1e-4, 1e-5, 123456789.0);
	PF("%.0g %#.0g %#g %#.3g", 12.0, 12.0, 1.0, 100.0);
	PF("%.3g %.10g %g", 0.0001234, 1.0 / 3.0, 100.0);
	PF("%.0f %.0f", 9.5, 10.5);
	PF("%.15f", 0.1);
	PF("%.30f", 0.1);
	PF("%.60f", 5e-324);
	PF("%.20e", 5e-324);
	PF("%e %g %a", 4.9406564584124654e-324, 2.2250738585072009e-308,
	   2.2250738585072009e-308);
	PF("%f", DBL_MAX);
	PF("%.0f", 1e300);
	PF("%e", DBL_MAX);
	PF("%.17g %.17g", DBL_MAX, DBL_MIN);
	PF("%.0f %.0f", 9007199254740993.0, 18446744073709551616.0);
	PF("%.3a %.0a %.1a %.13a %.20a", 1.0, 1.5, 1.96875, 0.1, 0.1);
	PF("%.0a %.0a %.0a", 2.5, 3.5, 1.5);
	PF("%a %A %a %a", 1.0, 255.5, -0.0, 0.5);
	PF("%a %a", 5e-324, 2.2250738585072014e-308);
	PF("%.1a %.1a", 1.03125, 1.09375);
	PF("%#.0a %#.0e %#.0f", 1.0, 1.0, 1.0);
	PF("%f %F %e", 1e-320, 3e-310, 1.7976931348623157e308);
	PF("%.2f %.2f", 0.005, 0.015);
	PF("%.0f %.0f %.0f", 0.49999999999999994, 4503599627370496.5,
	   4503599627370497.0);
	PF("%10.3e|%-10.2g|%+.4G", 12345.678, 0.000123, 1e-10);
	PF("%g %G", 1e100, 1e-100);
	PF("%f", (double)FLT_MAX);
	PF("%e %g", (double)FLT_MIN, (double)FLT_EPSILON);
}

void cd_printf(void)
{
	ints();
	lengths();
	stars();
	chars();
	count();
	truncation();
	fixed_floats();
	specials();
	rounding();
}
