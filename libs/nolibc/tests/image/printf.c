/* SPDX-License-Identifier: BSD-3-Clause */
/* snprintf formats, flags, lengths and truncation. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <uk/test.h>

static char buf[128];

/* Format into buf and return it. */
#define FMT(...) (snprintf(buf, sizeof(buf), __VA_ARGS__), buf)

UK_TESTSUITE(printf);

UK_TEST(printf, d)
{
	UK_TEST_EXPECT_STREQ(FMT("%d %i %d", 42, -7, 0), "42 -7 0");
}

UK_TEST(printf, width)
{
	UK_TEST_EXPECT_STREQ(FMT("[%5d][%-5d][%05d]", 42, 42, -42),
			     "[   42][42   ][-0042]");
}

UK_TEST(printf, sign)
{
	UK_TEST_EXPECT_STREQ(FMT("%+d %+d % d", 5, -5, 5), "+5 -5  5");
}

UK_TEST(printf, hex_oct)
{
	UK_TEST_EXPECT_STREQ(FMT("%x %X %#x %#o %o", 255, 255, 255, 8, 8),
			     "ff FF 0xff 010 10");
	UK_TEST_EXPECT_STREQ(FMT("%#x %#o", 0, 0), "0 0");
}

UK_TEST(printf, precision)
{
	UK_TEST_EXPECT_STREQ(FMT("[%.3d][%.0d][%8.3d]", 7, 0, -42),
			     "[007][][    -042]");
	UK_TEST_EXPECT_STREQ(FMT("[%*d][%*d][%.*s]", 4, 7, -4, 7, 3, "abcdef"),
			     "[   7][7   ][abc]");
}

UK_TEST(printf, strings_chars)
{
	const char *volatile null_str = NULL;

	UK_TEST_EXPECT_STREQ(
		FMT("[%s][%5s][%-5s][%.2s]", "hi", "ab", "ab", "xyz"),
		"[hi][   ab][ab   ][xy]");
	UK_TEST_EXPECT_STREQ(FMT("%s", null_str), "(null)");
	UK_TEST_EXPECT_STREQ(FMT("%c%c%% [%3c]", 'o', 'k', 'x'), "ok% [  x]");
}

UK_TEST(printf, length_modifiers)
{
	UK_TEST_EXPECT_STREQ(FMT("%lld", LLONG_MIN), "-9223372036854775808");
	UK_TEST_EXPECT_STREQ(FMT("%llu %llx", ULLONG_MAX, ULLONG_MAX),
			     "18446744073709551615 ffffffffffffffff");
	/* hh and h convert the promoted int back to char and short. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	UK_TEST_EXPECT_STREQ(FMT("%hhd %hhu %hd %hu", 300, 255, 70000, 70000),
			     "44 255 4464 4464");
#pragma GCC diagnostic pop
	UK_TEST_EXPECT_STREQ(
		FMT("%zu %zx %jd %td", SIZE_MAX, (size_t)0xabc, INTMAX_MIN,
		    (ptrdiff_t)-5),
		"18446744073709551615 abc -9223372036854775808 -5");
	UK_TEST_EXPECT_STREQ(FMT("%ld %lu", LONG_MIN, ULONG_MAX),
			     "-9223372036854775808 18446744073709551615");
}

UK_TEST(printf, pointer)
{
	UK_TEST_EXPECT_STREQ(FMT("%p %p", (void *)0x1234, (void *)0),
			     "0x1234 (nil)");
}

UK_TEST(printf, truncation)
{
	char small[5];

	UK_TEST_EXPECT_EQ(snprintf(small, sizeof(small), "hello %s", "world"),
			  11);
	UK_TEST_EXPECT_STREQ(small, "hell");
	UK_TEST_EXPECT_EQ(snprintf(NULL, 0, "%d", 12345), 5);
}

UK_TEST(printf, sprintf_and_return)
{
	UK_TEST_EXPECT_EQ(sprintf(buf, "%s-%d", "x", 1), 3);
	UK_TEST_EXPECT_STREQ(buf, "x-1");
	UK_TEST_EXPECT_EQ(printf("%s", ""), 0);
}
