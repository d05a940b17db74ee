/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host driver for nolibc's floating-point conversions, compiled by
 * test/unit/nolibc-float.test.ts with nolibc's printf engine and strtod
 * sources (their public names prefixed nolibc_) and compared with the
 * host's glibc, which converts exactly and rounds ties to even.
 *
 *   driver print <count> <seed>
 *       random doubles (raw bit patterns, subnormals, moderate and
 *       integral values, specials) through %.17g %a %.Nf (N = 0..40 in
 *       turn, and all of 0..40 for every 16th number) %.Ne %.Ng %.Na
 *       and a random flags/width/precision/conversion; then strtod of
 *       glibc's %.17g and %a must give the bits back
 *   driver parse <count> <seed>
 *       random decimal and hexadecimal strings (long mantissas, halfway
 *       points, subnormal and overflow boundaries, huge exponents, junk
 *       after the number) through strtod and strtof: bits, endptr and
 *       errno must equal glibc's
 *   driver cases
 *       fixed cases (syntax corners, NaN, endptr) with known answers
 *
 * Prints "<n> checks, <m> failed" and the first mismatches; exits 1 if
 * any failed.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "format.h"

double nolibc_strtod(const char *restrict s, char **restrict endptr);
float nolibc_strtof(const char *restrict s, char **restrict endptr);

static long checks, failed, glibc_hex_bugs;

static void fail(const char *fmt, ...)
{
	va_list ap;

	if (failed++ < 20) {
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
		putchar('\n');
	}
}

/* ---- printf ---- */

struct buf_sink {
	struct fmt_sink sink;
	char *buf;
	size_t size, pos;
};

static void buf_write(struct fmt_sink *sink, const char *s, size_t len)
{
	struct buf_sink *b = (struct buf_sink *)sink;

	for (; len; len--, s++)
		if (b->pos + 1 < b->size)
			b->buf[b->pos++] = *s;
}

static int ours(char *buf, size_t size, const char *fmt, ...)
{
	struct buf_sink b = { { buf_write }, buf, size, 0 };
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = nolibc_vformat(&b.sink, fmt, ap);
	va_end(ap);
	buf[b.pos] = '\0';
	return n;
}

static char want[4096], got[4096];

static double from_bits(uint64_t b)
{
	double d;

	memcpy(&d, &b, sizeof(d));
	return d;
}

static uint64_t to_bits(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof(b));
	return b;
}

static uint32_t float_bits(float f)
{
	uint32_t b;

	memcpy(&b, &f, sizeof(b));
	return b;
}

/* Format x with fmt (one conversion, prec and width passed as '*'). */
static void check_fmt(const char *fmt, int width, int prec, double x)
{
	int nw, ng;

	checks++;
	nw = snprintf(want, sizeof(want), fmt, width, prec, x);
	ng = ours(got, sizeof(got), fmt, width, prec, x);
	if (nw != ng || strcmp(want, got))
		fail("printf \"%s\" width %d prec %d of %016llx: want \"%s\" (%d), got \"%s\" (%d)",
		     fmt, width, prec, (unsigned long long)to_bits(x), want, nw,
		     got, ng);
}

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static uint64_t rnd_below(uint64_t n) { return rnd() % n; }

static double random_double(void)
{
	static const uint64_t special[] = {
		0,
		0x8000000000000000ull,
		0x7ff0000000000000ull,
		0xfff0000000000000ull,
		0x7ff8000000000000ull,
		0xfff8000000000000ull,
		0x7fefffffffffffffull,
		1,
		0x000fffffffffffffull,
		0x0010000000000000ull,
		0x3ff0000000000000ull,
		0x3fe0000000000000ull,
	};
	uint64_t mant = rnd() & ((1ull << 52) - 1);

	switch (rnd_below(10)) {
	case 0:
	case 1:
	case 2:
	case 3: return from_bits(rnd()); /* any bit pattern */
	case 4:				 /* subnormal, often few bits */
		return from_bits((rnd() & 0x8000000000000000ull) |
				 (mant >> rnd_below(52)));
	case 5:
	case 6: /* moderate exponents: %f prints digits */
		return from_bits((rnd() & 0x8000000000000000ull) |
				 (uint64_t)(1023 - 40 + rnd_below(120)) << 52 |
				 mant);
	case 7: /* short decimals and halfway cases such as 0.125, 2.5 */
		return (double)(int64_t)(rnd() % 2000001 - 1000000) /
		       (double)(1ull << rnd_below(12));
	case 8: /* integers of every size */
		return (double)(rnd() >> rnd_below(64));
	default:
		return from_bits(special[rnd_below(sizeof(special) /
						   sizeof(special[0]))]);
	}
}

static const char *random_spec(char *buf)
{
	static const char flags[] = "-+ #0";
	static const char convs[] = "fFeEgGaA";
	char *p = buf;
	int i;

	*p++ = '%';
	for (i = 0; i < 5; i++)
		if (rnd_below(3) == 0)
			*p++ = flags[i];
	*p++ = '*';
	*p++ = '.';
	*p++ = '*';
	*p++ = convs[rnd_below(8)];
	*p = '\0';
	return buf;
}

static void parse_back(const char *text, double x)
{
	char *end;
	double y;

	checks++;
	y = nolibc_strtod(text, &end);
	if (to_bits(y) != to_bits(x) || *end)
		fail("strtod(\"%s\") = %016llx rest \"%s\", want %016llx", text,
		     (unsigned long long)to_bits(y), end,
		     (unsigned long long)to_bits(x));
}

static void print_tests(long count)
{
	char spec[16];
	long i;
	int p;

	for (i = 0; i < count; i++) {
		double x = random_double();

		check_fmt("%*.*g", 0, 17, x);
		check_fmt("%*.*a", 0, -1, x);
		check_fmt("%*.*f", 0, (int)(i % 41), x);
		if (i % 16 == 0)
			for (p = 0; p <= 40; p++)
				check_fmt("%*.*f", 0, p, x);
		check_fmt("%*.*e", 0, (int)rnd_below(40), x);
		check_fmt("%*.*g", 0, (int)rnd_below(25), x);
		check_fmt("%*.*a", 0, (int)rnd_below(16), x);
		check_fmt(random_spec(spec), (int)rnd_below(30) - 5,
			  (int)rnd_below(30) - 2, x);
		if (!isnan(x)) {
			snprintf(want, sizeof(want), "%.17g", x);
			parse_back(want, x);
			snprintf(want, sizeof(want), "%a", x);
			parse_back(want, x);
		}
	}
}

/* ---- strtod ---- */

/*
 * glibc 2.36 drops the bits beyond the rounding position of hexadecimal
 * input whose result is subnormal: it can round a value just above a
 * halfway point down ("-0x1d0ac21p-155" to float) and miss the
 * underflow of inexact ones ("0x283b195baa4cb.1p-1074"). When glibc and
 * we differ there, decide with glibc's decimal path instead: the exact
 * value (strtold, exact for these inputs) printed with all its digits
 * and parsed again. True if that agrees with us.
 */
static bool glibc_hex_bug(const char *s, bool differ, uint64_t bits, int err,
			  bool flt)
{
	static char dec[2000];
	const char *p = s + strspn(s, " +-");
	uint64_t ref;
	int referr;

	if (!differ || !(p[0] == '0' && (p[1] == 'x' || p[1] == 'X')))
		return false;
	snprintf(dec, sizeof(dec), "%.1100Le", strtold(s, NULL));
	errno = 0;
	ref = flt ? float_bits(strtof(dec, NULL)) : to_bits(strtod(dec, NULL));
	referr = errno;
	if (ref != bits || referr != err)
		return false;
	glibc_hex_bugs++;
	return true;
}

static void check_parse(const char *s)
{
	char *we, *ge;
	double wd, gd;
	float wf, gf;
	int werr, gerr;

	checks++;
	errno = 0;
	wd = strtod(s, &we);
	werr = errno;
	errno = 0;
	gd = nolibc_strtod(s, &ge);
	gerr = errno;
	if (glibc_hex_bug(s, to_bits(wd) != to_bits(gd) || werr != gerr,
			  to_bits(gd), gerr, false)) {
		wd = gd;
		werr = gerr;
	}
	if (isnan(wd) ? !isnan(gd) || signbit(wd) != signbit(gd)
		      : to_bits(wd) != to_bits(gd) || we != ge || werr != gerr)
		fail("strtod(\"%.200s\"): want %016llx end +%td errno %d, got %016llx end +%td errno %d",
		     s, (unsigned long long)to_bits(wd), we - s, werr,
		     (unsigned long long)to_bits(gd), ge - s, gerr);
	if (we != ge)
		fail("strtod(\"%.200s\"): end +%td, want +%td", s, ge - s,
		     we - s);

	checks++;
	errno = 0;
	wf = strtof(s, &we);
	werr = errno;
	errno = 0;
	gf = nolibc_strtof(s, &ge);
	gerr = errno;
	if (glibc_hex_bug(s, float_bits(wf) != float_bits(gf) || werr != gerr,
			  float_bits(gf), gerr, true)) {
		wf = gf;
		werr = gerr;
	}
	if (isnan(wf) ? !isnan(gf)
		      : float_bits(wf) != float_bits(gf) || we != ge ||
				werr != gerr)
		fail("strtof(\"%.200s\"): want %08x end +%td errno %d, got %08x end +%td errno %d",
		     s, float_bits(wf), we - s, werr, float_bits(gf), ge - s,
		     gerr);
}

static char text[20000];

static char *put_digits(char *p, int n, int nonzero_first)
{
	int i;

	for (i = 0; i < n; i++)
		*p++ = (char)('0' + (i == 0 && nonzero_first ? 1 + rnd_below(9)
							     : rnd_below(10)));
	return p;
}

/*
 * The exact decimal of a halfway point between two neighbouring doubles
 * (or floats), nudged: exact, a digit more or less at the end, or
 * continued with zeros and a 1 far out.
 */
static char *halfway(char *p, int flt)
{
	double x = flt ? (double)from_bits(0) : 0;
	int n;

	if (flt) {
		uint32_t b = (uint32_t)rnd() & 0x7f7fffff;
		float f, g;

		memcpy(&f, &b, 4);
		b++;
		memcpy(&g, &b, 4);
		x = ((double)f + (double)g) / 2; /* exact in double */
		n = snprintf(p, 2000, "%.1100e", x);
	} else {
		uint64_t b = rnd() & 0x7fefffffffffffffull;
		long double h = ((long double)from_bits(b) +
				 (long double)from_bits(b + 1)) /
				2;

		n = snprintf(p, 2000, "%.1100Le", h);
	}
	/* drop the zeros glibc pads with, keep the exponent */
	{
		char *e = strchr(p, 'e'), *z = e;
		char exp[16];

		strcpy(exp, e);
		while (z[-1] == '0')
			z--;
		switch (rnd_below(4)) {
		case 0: break;
		case 1: z[-1] = z[-1] == '0' ? '1' : (char)(z[-1] - 1); break;
		case 2:
			memset(z, '0', 50);
			z += 50;
			*z++ = '1';
			break;
		default: *z++ = '1'; break;
		}
		strcpy(z, exp);
		n = (int)strlen(p);
	}
	return p + n;
}

static void random_text(char *s)
{
	char *p = s;
	int kind = (int)rnd_below(9), n;

	if (rnd_below(8) == 0)
		*p++ = ' ';
	if (rnd_below(3) == 0)
		*p++ = rnd_below(2) ? '-' : '+';
	switch (kind) {
	case 0: /* short decimal, any exponent */
		p = put_digits(p, 1 + (int)rnd_below(20), 0);
		if (rnd_below(2)) {
			*p++ = '.';
			p = put_digits(p, (int)rnd_below(20), 0);
		}
		p += sprintf(p, "e%d", (int)rnd_below(700) - 350);
		break;
	case 1: /* long mantissa */
		n = 1 + (int)rnd_below(1500);
		p = put_digits(p, n, 1);
		p += sprintf(p, "e%d", (int)rnd_below(800) - 400 - n);
		break;
	case 2: /* near subnormal and overflow boundaries */
		p = put_digits(p, 1 + (int)rnd_below(25), 1);
		p += sprintf(p, "e%d",
			     rnd_below(2) ? -324 - (int)rnd_below(30) + 20
					  : 290 + (int)rnd_below(30));
		break;
	case 3:
	case 4: p = halfway(p, kind == 4); break;
	case 5: /* huge exponents, leading zeros, a point anywhere */
		p = put_digits(p, (int)rnd_below(3), 0);
		*p++ = '.';
		memset(p, '0', n = (int)rnd_below(400));
		p = put_digits(p + n, 1 + (int)rnd_below(30), 0);
		p += sprintf(p, "e%lld",
			     (long long)(rnd() >> rnd_below(64)) *
				     (rnd_below(2) ? 1 : -1));
		break;
	case 6: /* hexadecimal */
		p += sprintf(p, "0%c", rnd_below(2) ? 'x' : 'X');
		for (n = (int)rnd_below(25); n; n--)
			*p++ = "0123456789abcdefABCDEF"[rnd_below(22)];
		if (rnd_below(2)) {
			*p++ = '.';
			for (n = (int)rnd_below(20); n; n--)
				*p++ = "0123456789abcdef"[rnd_below(16)];
		}
		if (rnd_below(4))
			p += sprintf(p, "p%d", (int)rnd_below(2400) - 1200);
		break;
	case 7: /* doubles printed back with few digits */
		p += sprintf(p, "%.*g", 1 + (int)rnd_below(17),
			     from_bits(rnd()));
		break;
	default: /* integers */
		p = put_digits(p, 1 + (int)rnd_below(40), 0);
		break;
	}
	/* sometimes junk, or a broken exponent, after the number */
	switch (rnd_below(8)) {
	case 0: strcpy(p, "e"); break;
	case 1: strcpy(p, "e+"); break;
	case 2: strcpy(p, "x1"); break;
	case 3: strcpy(p, ".5"); break;
	default: *p = '\0'; break;
	}
}

static void parse_tests(long count)
{
	long i;

	for (i = 0; i < count; i++) {
		random_text(text);
		check_parse(text);
	}
}

static void fixed_cases(void)
{
	static const char *const cases[] = {
		"",
		" ",
		"+",
		"-",
		".",
		"e5",
		"+.e1",
		"x",
		"0",
		"-0",
		"+0.0e99",
		"1",
		"  \t\n1.5",
		"1e",
		"1e+",
		"1e-x",
		"1.e1",
		".5",
		"5.",
		"00.00e-4",
		"inf",
		"-INF",
		"infinit",
		"infinity",
		"InFiNiTyX",
		"in",
		"nan",
		"-nan",
		"NaN(123abc_)",
		"nan(",
		"nan(12",
		"nan()",
		"nan(-)",
		"0x",
		"0x.",
		"0xg",
		"0x.p1",
		"0x1p",
		"0x1p+",
		"0X1.8P3",
		"0x.8p-1",
		"0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff7ffp1023",
		"0x1p-1074",
		"0x1p-1075",
		"0x1.0000000000001p-1075",
		"0x283b195baa4cb.1p-1074",
		"-0x1d0ac21p-155",
		"0x2.8000001p-1074",
		"0x1p-1076",
		"0x3p-1076",
		"0x1.fffffffffffffp-1023",
		"0x1.ffffffffffffffp-1023",
		"0x0000000000000000000000000000001p0",
		"0x1p99999999999999999999",
		"1e308",
		"1.7976931348623157e308",
		"1.7976931348623158e308",
		"1.797693134862315807937289714053e308",
		"1e309",
		"-1e400",
		"2.2250738585072011e-308",
		"2.2250738585072014e-308",
		"2.2250738585072012e-308",
		"4.9406564584124654e-324",
		"2.4703282292062327e-324",
		"2.4703282292062328e-324",
		"1e-400",
		"3.4028235e38",
		"3.4028236e38",
		"1.4e-45",
		"7e-46",
		"7.1e-46",
		"1.17549435e-38",
		"1.1754942e-38",
		"9007199254740993",
		"9007199254740992.5",
		"0.1",
		"123456789012345678901234567890",
		"1e-99999999999999999999999",
		"1e99999999999999999999999",
		"0.000000000000000000000000000000000000000000000000000000000001e60",
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_parse(cases[i]);
}

int main(int argc, char **argv)
{
	long count = argc > 2 ? atol(argv[2]) : 0;

	rng_state = argc > 3 ? strtoull(argv[3], NULL, 0) : 1;
	if (argc > 1 && !strcmp(argv[1], "print"))
		print_tests(count);
	else if (argc > 1 && !strcmp(argv[1], "parse"))
		parse_tests(count);
	else if (argc > 1 && !strcmp(argv[1], "cases"))
		fixed_cases();
	else {
		fprintf(stderr, "usage: %s print|parse|cases [count seed]\n",
			argv[0]);
		return 2;
	}
	if (glibc_hex_bugs)
		printf("%ld hexadecimal subnormals glibc gets wrong, checked through its decimal path\n",
		       glibc_hex_bugs);
	printf("%ld checks, %ld failed\n", checks, failed);
	return failed != 0;
}
