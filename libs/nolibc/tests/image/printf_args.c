/* SPDX-License-Identifier: BSD-3-Clause */
/* printf: %n with every length, arguments of conversions it cannot print
 * stay consumed (later ones do not shift), L, wide characters. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <uk/test.h>
#include "../../src/format.h"

static char big[300];

UK_TESTSUITE(printf_args);

UK_TEST(printf_args, n_after_wide_field)
{
	int n = -1;

	UK_TEST_EXPECT_EQ(sprintf(big, "%256d%d%n%d", 1, 2, &n, 3), 258);
	UK_TEST_EXPECT_EQ(n, 257);
	UK_TEST_EXPECT_STREQ(big + 255, "123");
}

UK_TEST(printf_args, n_every_length)
{
	signed char hh = -1;
	short h = -1;
	long l = -1;
	long long ll = -1;
	ptrdiff_t z = -1, t = -1;
	intmax_t j = -1;
	int i = -1;

	UK_TEST_EXPECT_EQ(sprintf(big, "a%hhnbb%hnccc%ln%lln%zn%jn%tn%n|%d",
				  &hh, &h, &l, &ll, &z, &j, &t, &i, 9),
			  8);
	UK_TEST_EXPECT_STREQ(big, "abbccc|9");
	UK_TEST_EXPECT_EQ(hh, 1);
	UK_TEST_EXPECT_EQ(h, 3);
	UK_TEST_EXPECT_EQ(l, 6);
	UK_TEST_EXPECT_EQ(ll, 6);
	UK_TEST_EXPECT_EQ(z, 6);
	UK_TEST_EXPECT_EQ(j, 6);
	UK_TEST_EXPECT_EQ(t, 6);
	UK_TEST_EXPECT_EQ(i, 6);
}

UK_TEST(printf_args, n_counts_past_truncation)
{
	char small[4];
	int n = 0;

	UK_TEST_EXPECT_EQ(snprintf(small, sizeof(small), "hello%n!", &n), 6);
	UK_TEST_EXPECT_EQ(n, 5);
	UK_TEST_EXPECT_STREQ(small, "hel");
}

UK_TEST(printf_args, long_double_consumed)
{
	/* Printed as the nearest double; the next argument is in place. */
	UK_TEST_EXPECT_STREQ((sprintf(big, "%.2Lf|%d", 2.5L, 7), big),
			     "2.50|7");
	/* Rounded to nearest: truncation would give 0.0999... */
	UK_TEST_EXPECT_STREQ((sprintf(big, "%.17Lf %La", 0.1L, 1.0L), big),
			     "0.10000000000000001 0x1p+0");
	UK_TEST_EXPECT_STREQ(
		(sprintf(big, "%Lg %Lg", -1e300L * 1e300L, 1e-320L), big),
		"-inf 9.99989e-321");
}

UK_TEST(printf_args, wide)
{
	static const __WCHAR_TYPE__ ws[] = { 'w', 0xe9, 's', 0 };

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	UK_TEST_EXPECT_STREQ((sprintf(big, "[%lc%lc][%ls][%4.2ls]|%d", 'A',
				      0x263a, ws, ws, 5),
			      big),
			     "[A?][w?s][  w?]|5");
#pragma GCC diagnostic pop
}

UK_TEST(printf_args, unknown_copied)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	UK_TEST_EXPECT_STREQ((sprintf(big, "%y%d", 4), big), "%y4");
#pragma GCC diagnostic pop
}

/* What printf does with a %f when FLOAT is off: skip the double. */
static int int_after_double(int dummy, ...)
{
	va_list ap;
	int v;

	va_start(ap, dummy);
	fmt_skip_float(L_NONE, &ap);
	fmt_skip_float(L_BIG, &ap);
	v = va_arg(ap, int);
	va_end(ap);
	return v;
}

UK_TEST(printf_args, float_skipped_without_float)
{
	UK_TEST_EXPECT_EQ(int_after_double(0, 1.5, 2.5L, 42), 42);
}
