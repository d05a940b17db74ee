/* SPDX-License-Identifier: BSD-3-Clause */
/* strtol & co: bases, prefixes, end pointers, overflow, errno. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <uk/test.h>

UK_TESTSUITE(strtol);

UK_TEST(strtol, decimal_end)
{
	const char *s = "  -123xyz";
	char *end;

	UK_TEST_EXPECT_EQ(strtol(s, &end, 10), -123);
	UK_TEST_EXPECT(end == s + 6);
}

UK_TEST(strtol, bases)
{
	UK_TEST_EXPECT_EQ(strtol("0x1F", NULL, 16), 31);
	UK_TEST_EXPECT_EQ(strtol("0x1f", NULL, 0), 31);
	UK_TEST_EXPECT_EQ(strtol("017", NULL, 0), 15);
	UK_TEST_EXPECT_EQ(strtol("1011", NULL, 2), 11);
	UK_TEST_EXPECT_EQ(strtol("zz", NULL, 36), 1295);
}

UK_TEST(strtol, no_digits)
{
	const char *s = "0xg", *t = "  +";
	char *end;

	UK_TEST_EXPECT_EQ(strtol(s, &end, 16), 0);
	UK_TEST_EXPECT(end == s + 1); /* the "0" parsed, not the "x" */
	UK_TEST_EXPECT_EQ(strtol(t, &end, 10), 0);
	UK_TEST_EXPECT(end == t);
}

UK_TEST(strtol, range)
{
	char *end;

	errno = 0;
	UK_TEST_EXPECT_EQ(strtol("9223372036854775808", &end, 10), LONG_MAX);
	UK_TEST_EXPECT(errno == ERANGE && *end == '\0');
	errno = 0;
	UK_TEST_EXPECT_EQ(strtol("-9223372036854775808", NULL, 10), LONG_MIN);
	UK_TEST_EXPECT_EQ(errno, 0);
	UK_TEST_EXPECT_EQ(strtol("-9223372036854775809", NULL, 10), LONG_MIN);
	UK_TEST_EXPECT_EQ(errno, ERANGE);
}

UK_TEST(strtol, unsigned_forms)
{
	errno = 0;
	UK_TEST_EXPECT(strtoul("-1", NULL, 10) == ULONG_MAX && errno == 0);
	UK_TEST_EXPECT(strtoul("18446744073709551616", NULL, 10) == ULONG_MAX &&
		       errno == ERANGE);
	errno = 0;
	UK_TEST_EXPECT(strtoull("ffffffffffffffff", NULL, 16) == ULLONG_MAX &&
		       errno == 0);
	UK_TEST_EXPECT_EQ(strtoll("-0x10", NULL, 0), -16);
}

UK_TEST(strtol, bad_base)
{
	const char *s = "10";
	char *end;

	errno = 0;
	UK_TEST_EXPECT_EQ(strtol(s, &end, 1), 0);
	UK_TEST_EXPECT(errno == EINVAL && end == s);
}

UK_TEST(strtol, atoi) { UK_TEST_EXPECT_EQ(atoi("  42abc") + atoi("-8"), 34); }
