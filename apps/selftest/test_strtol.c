/* SPDX-License-Identifier: BSD-3-Clause */
/* strtol & co: bases, prefixes, end pointers, overflow, errno. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "selftest.h"

void test_strtol(void)
{
	const char *s;
	char *end;
	long v;

	s = "  -123xyz";
	v = strtol(s, &end, 10);
	CHECK("strtol.dec_end", v == -123 && end == s + 6);

	CHECK_INT("strtol.hex", strtol("0x1F", NULL, 16), 31);
	CHECK_INT("strtol.base0_hex", strtol("0x1f", NULL, 0), 31);
	CHECK_INT("strtol.base0_oct", strtol("017", NULL, 0), 15);
	CHECK_INT("strtol.base2_36", strtol("1011", NULL, 2) + strtol("zz", NULL, 36),
		  11 + 1295);

	s = "0xg";
	v = strtol(s, &end, 16);
	CHECK("strtol.0x_no_digit", v == 0 && end == s + 1);

	s = "  +";
	v = strtol(s, &end, 10);
	CHECK("strtol.no_digits", v == 0 && end == s);

	errno = 0;
	v = strtol("9223372036854775808", &end, 10);
	CHECK("strtol.overflow", v == LONG_MAX && errno == ERANGE && *end == '\0');
	errno = 0;
	v = strtol("-9223372036854775808", NULL, 10);
	CHECK("strtol.min_exact", v == LONG_MIN && errno == 0);
	errno = 0;
	v = strtol("-9223372036854775809", NULL, 10);
	CHECK("strtol.underflow", v == LONG_MIN && errno == ERANGE);

	errno = 0;
	CHECK("strtoul.minus_one", strtoul("-1", NULL, 10) == ULONG_MAX && errno == 0);
	CHECK("strtoul.overflow",
	      strtoul("18446744073709551616", NULL, 10) == ULONG_MAX &&
		      errno == ERANGE);
	errno = 0;
	CHECK("strtoull.max_hex",
	      strtoull("ffffffffffffffff", NULL, 16) == ULLONG_MAX && errno == 0);
	CHECK("strtoll.neg_hex", strtoll("-0x10", NULL, 0) == -16);

	errno = 0;
	s = "10";
	v = strtol(s, &end, 1);
	CHECK("strtol.bad_base", v == 0 && errno == EINVAL && end == s);

	CHECK_INT("atoi", atoi("  42abc") + atoi("-8"), 34);
}
