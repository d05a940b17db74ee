/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Floating point: printf's %f %e %g %a and strtod/strtof/atof, known
 * answers (taken from glibc) on the targets with FP; on the others, that
 * %f stays an unknown conversion. The host test
 * (test/unit/nolibc-float.test.ts) compares millions of random cases
 * with glibc; these check that the same code works inside the image.
 */
#include <__nolibc_fp.h>
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/test.h>

static char buf[512];

/* Format into buf and return it. */
#define FMT(...) (snprintf(buf, sizeof(buf), __VA_ARGS__), buf)

UK_TESTSUITE(float);

#if __NOLIBC_HAVE_FP
#include <math.h>

static uint64_t bits(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof(b));
	return b;
}

static uint32_t fbits(float f)
{
	uint32_t b;

	memcpy(&b, &f, sizeof(b));
	return b;
}

/*
 * Equal long doubles, compared by their bytes: on arm64 (binary128) a
 * comparison would call a soft-float helper the image does not have.
 * x86's 80-bit format leaves 6 bytes of padding undefined.
 */
static int ldbl_is(long double got, long double want)
{
	return !memcmp(&got, &want, LDBL_MANT_DIG == 64 ? 10 : sizeof(got));
}

UK_TEST(float, printf_fixed)
{
	UK_TEST_EXPECT_STREQ(FMT("%f %e %g", 1.5, 1.5, 1.5),
			     "1.500000 1.500000e+00 1.5");
	UK_TEST_EXPECT_STREQ(FMT("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5),
			     "0 2 2 -0");
	UK_TEST_EXPECT_STREQ(FMT("%.2f %.1f", 2.675, 0.25), "2.67 0.2");
	UK_TEST_EXPECT_STREQ(FMT("%.20f", 0.1), "0.10000000000000000555");
	UK_TEST_EXPECT_STREQ(
		FMT("%.0f", 1e300),
		"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160");
	UK_TEST_EXPECT_STREQ(FMT("%.*f|%*.*e", 3, 1.0005, 12, 2, 6.02214076e23),
			     "1.000|    6.02e+23");
	UK_TEST_EXPECT_STREQ(
		FMT("%.60f", 1.0 / 3.0),
		"0.333333333333333314829616256247390992939472198486328125000000");
}

UK_TEST(float, printf_exponent)
{
	UK_TEST_EXPECT_STREQ(FMT("%.17g %.17g", 0.1, 1e23),
			     "0.10000000000000001 9.9999999999999992e+22");
	UK_TEST_EXPECT_STREQ(FMT("%.3e %E", 123456.0, 1e-300),
			     "1.235e+05 1.000000E-300");
	UK_TEST_EXPECT_STREQ(
		FMT("%.17g %.17g %g", DBL_MAX, DBL_MIN,
		    4.9406564584124654e-324),
		"1.7976931348623157e+308 2.2250738585072014e-308 4.94066e-324");
}

UK_TEST(float, printf_general)
{
	UK_TEST_EXPECT_STREQ(
		FMT("%g %g %g %g", 100000.0, 1000000.0, 0.0001, 0.00001),
		"100000 1e+06 0.0001 1e-05");
	UK_TEST_EXPECT_STREQ(FMT("%#g %#.0f %#.0e", 1.0, 3.0, 3.0),
			     "1.00000 3. 3.e+00");
	UK_TEST_EXPECT_STREQ(
		FMT("%.3g %.10g %G", 0.0001234567, 123456789.0, 1e-10),
		"0.000123 123456789 1E-10");
}

UK_TEST(float, printf_flags_width)
{
	UK_TEST_EXPECT_STREQ(FMT("[%10.3f][%-10.2e][%+g][% g][%010.2f]",
				 3.14159, -2.5, 1.0, 1.0, -3.14159),
			     "[     3.142][-2.50e+00 ][+1][ 1][-000003.14]");
}

UK_TEST(float, printf_hex)
{
	UK_TEST_EXPECT_STREQ(FMT("%a %A %a %a", 1.0, 0.1, 0.0, -2.5),
			     "0x1p+0 0X1.999999999999AP-4 0x0p+0 -0x1.4p+1");
	UK_TEST_EXPECT_STREQ(
		FMT("%.0a %.1a %a", 1.5, 1.96875, 4.9406564584124654e-324),
		"0x2p+0 0x2.0p+0 0x0.0000000000001p-1022");
}

UK_TEST(float, printf_inf_nan_zero)
{
	UK_TEST_EXPECT_STREQ(
		FMT("%f %F %e %g %a", -0.0, INFINITY, -INFINITY, NAN, -NAN),
		"-0.000000 INF -inf nan -nan");
	UK_TEST_EXPECT_STREQ(FMT("[%08f][%-6f][%+F]", INFINITY, NAN, INFINITY),
			     "[     inf][nan   ][+INF]");
}

UK_TEST(float, printf_long_precision)
{
	/* 2^-1074 has 751 significant digits; the last ones, then zeros. */
	UK_TEST_EXPECT_EQ(snprintf(NULL, 0, "%.1100f", 4.9406564584124654e-324),
			  1102);
	snprintf(buf, sizeof(buf), "%.420e", 4.9406564584124654e-324);
	UK_TEST_EXPECT_STREQ(buf + 400, "1478690147267801593552e-324");
}

UK_TEST(float, strtod_decimal)
{
	UK_TEST_EXPECT_EQ(bits(strtod("0.1", NULL)), 0x3fb999999999999aULL);
	UK_TEST_EXPECT_EQ(bits(strtod("-1.5e3", NULL)), 0xc097700000000000ULL);
	/* halfway between 2^53 and 2^53 + 2: ties to even, a tail breaks it */
	UK_TEST_EXPECT_EQ(bits(strtod("9007199254740993", NULL)),
			  0x4340000000000000ULL);
	UK_TEST_EXPECT_EQ(
		bits(strtod("9007199254740993.000000000000000000000000000001",
			    NULL)),
		0x4340000000000001ULL);
	UK_TEST_EXPECT_EQ(bits(strtod("1.7976931348623157e308", NULL)),
			  0x7fefffffffffffffULL);
	UK_TEST_EXPECT_EQ(bits(strtod("2.2250738585072011e-308", NULL)),
			  0x000fffffffffffffULL);
	UK_TEST_EXPECT_EQ(bits(atof("  +123.456e-2xyz")),
			  0x3ff3c0c1fc8f3238ULL);
}

UK_TEST(float, strtod_long_input)
{
	/* 2^53 + 1, halfway between two doubles, written with 900 more digits */
	static char s[1000];
	char *end;

	memset(s, '0', sizeof(s) - 1);
	memcpy(s, "9007199254740993", 16);
	strcpy(s + 916, "e-900");
	UK_TEST_EXPECT_EQ(bits(strtod(s, &end)),
			  0x4340000000000000ULL); /* tie: even */
	UK_TEST_EXPECT(*end == '\0');
	s[915] = '1'; /* beyond the 800 digits kept: still decides */
	UK_TEST_EXPECT_EQ(bits(strtod(s, NULL)), 0x4340000000000001ULL);
	s[15] = '2'; /* below halfway, however long the tail */
	UK_TEST_EXPECT_EQ(bits(strtod(s, NULL)), 0x4340000000000000ULL);
}

UK_TEST(float, strtod_hex_inf_nan)
{
	const char *s = "0x1.8p3junk";
	char *end;

	UK_TEST_EXPECT_EQ(bits(strtod(s, &end)), bits(12.0));
	UK_TEST_EXPECT(end == s + 7);
	UK_TEST_EXPECT_EQ(bits(strtod("0x1p-1074", NULL)), 1);
	UK_TEST_EXPECT_EQ(bits(strtod("-INFinity", NULL)), bits(-HUGE_VAL));
	s = "infinit";
	strtod(s, &end);
	UK_TEST_EXPECT(end == s + 3);
	UK_TEST_EXPECT(isnan(strtod("nan", NULL)));
	UK_TEST_EXPECT(signbit(strtod("-nan", NULL)));
	s = "nan(0x_1)z";
	UK_TEST_EXPECT(isnan(strtod(s, &end)));
	UK_TEST_EXPECT(end == s + 9);
	s = "nan(1";
	strtod(s, &end);
	UK_TEST_EXPECT(end == s + 3);
	s = "0x";
	UK_TEST_EXPECT_EQ(bits(strtod(s, &end)), 0);
	UK_TEST_EXPECT(end == s + 1);
}

UK_TEST(float, strtod_no_conversion)
{
	const char *cases[] = { "", "  ", "-", ".", "e5", "+.e1", "x1", "in" };
	char *end;
	unsigned int i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		UK_TEST_EXPECT_EQ(bits(strtod(cases[i], &end)), 0);
		UK_TEST_EXPECT(end == cases[i]);
	}
	strtod("1e+", &end);
	UK_TEST_EXPECT_STREQ(end, "e+");
}

UK_TEST(float, strtod_range)
{
	errno = 0;
	UK_TEST_EXPECT_EQ(bits(strtod("-1e309", NULL)), bits(-HUGE_VAL));
	UK_TEST_EXPECT_EQ(errno, ERANGE);
	errno = 0;
	UK_TEST_EXPECT_EQ(bits(strtod("1e-400", NULL)), 0);
	UK_TEST_EXPECT_EQ(errno, ERANGE);
	errno = 0;
	UK_TEST_EXPECT_EQ(bits(strtod("1e-310", NULL)), 0x000012688b70e62bULL);
	UK_TEST_EXPECT_EQ(errno, ERANGE); /* subnormal and inexact */
	errno = 0;
	UK_TEST_EXPECT_EQ(bits(strtod("0x1p-1074", NULL)), 1);
	UK_TEST_EXPECT_EQ(errno, 0); /* subnormal but exact */
	errno = 0;
	UK_TEST_EXPECT_EQ(bits(strtod("1e99999999999999999999", NULL)),
			  bits(HUGE_VAL));
	UK_TEST_EXPECT_EQ(errno, ERANGE);
}

UK_TEST(float, strtof_strtold)
{
	/* rounded once, to float: through double it would round twice */
	UK_TEST_EXPECT_EQ(fbits(strtof("1.00000005960464477550", NULL)),
			  0x3f800001);
	UK_TEST_EXPECT_EQ(fbits(strtof("3.4028235e38", NULL)), 0x7f7fffff);
	errno = 0;
	UK_TEST_EXPECT_EQ(fbits(strtof("3.5e38", NULL)), 0x7f800000);
	UK_TEST_EXPECT_EQ(errno, ERANGE);
	UK_TEST_EXPECT_EQ(fbits(strtof("1.4e-45", NULL)), 1);
	UK_TEST_EXPECT(ldbl_is(strtold("0.5", NULL), 0.5L));
	UK_TEST_EXPECT(ldbl_is(strtold("-0x1p-1074", NULL), -0x1p-1074L));
	UK_TEST_EXPECT(ldbl_is(strtold("1e-320", NULL), (long double)1e-320));
}

UK_TEST(float, round_trip)
{
	static const double v[] = { 0.1,
				    1.0 / 3,
				    6.02214076e23,
				    5e-324,
				    1.7976931348623157e308,
				    -2.5e-308,
				    123456789.0 };
	unsigned int i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		UK_TEST_EXPECT_EQ(bits(strtod(FMT("%.17g", v[i]), NULL)),
				  bits(v[i]));
		UK_TEST_EXPECT_EQ(bits(strtod(FMT("%a", v[i]), NULL)),
				  bits(v[i]));
	}
}
#else
UK_TEST(float, absent_without_fp)
{
	/* No FP registers: %f & co are unknown conversions, copied as is. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	UK_TEST_EXPECT_STREQ(FMT("[%f][%.2e][%g][%a]"), "[%f][%.2e][%g][%a]");
#pragma GCC diagnostic pop
}
#endif
