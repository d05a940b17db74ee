/* SPDX-License-Identifier: BSD-3-Clause */
/* snprintf formats, flags, lengths and truncation. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "selftest.h"

static char buf[128];

/* Format into buf and return it. */
#define FMT(...) (snprintf(buf, sizeof(buf), __VA_ARGS__), buf)

void test_printf(void)
{
	const char *volatile null_str = NULL;
	char small[5];
	int n;

	CHECK_STR("printf.d", FMT("%d %i %d", 42, -7, 0), "42 -7 0");
	CHECK_STR("printf.width", FMT("[%5d][%-5d][%05d]", 42, 42, -42),
		  "[   42][42   ][-0042]");
	CHECK_STR("printf.sign", FMT("%+d %+d % d", 5, -5, 5), "+5 -5  5");
	CHECK_STR("printf.hex_oct", FMT("%x %X %#x %#o %o", 255, 255, 255, 8, 8),
		  "ff FF 0xff 010 10");
	CHECK_STR("printf.hash_zero", FMT("%#x %#o", 0, 0), "0 0");
	CHECK_STR("printf.precision", FMT("[%.3d][%.0d][%8.3d]", 7, 0, -42),
		  "[007][][    -042]");
	CHECK_STR("printf.star", FMT("[%*d][%*d][%.*s]", 4, 7, -4, 7, 3, "abcdef"),
		  "[   7][7   ][abc]");
	CHECK_STR("printf.str", FMT("[%s][%5s][%-5s][%.2s]", "hi", "ab", "ab", "xyz"),
		  "[hi][   ab][ab   ][xy]");
	CHECK_STR("printf.null_str", FMT("%s", null_str), "(null)");
	CHECK_STR("printf.char_pct", FMT("%c%c%% [%3c]", 'o', 'k', 'x'),
		  "ok% [  x]");
	CHECK_STR("printf.ll_min", FMT("%lld", LLONG_MIN), "-9223372036854775808");
	CHECK_STR("printf.llu_max", FMT("%llu %llx", ULLONG_MAX, ULLONG_MAX),
		  "18446744073709551615 ffffffffffffffff");
	/* hh and h convert the promoted int back to char and short. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	CHECK_STR("printf.hh_h", FMT("%hhd %hhu %hd %hu", 300, 255, 70000, 70000),
		  "44 255 4464 4464");
#pragma GCC diagnostic pop
	CHECK_STR("printf.z_j_t",
		  FMT("%zu %zx %jd %td", SIZE_MAX, (size_t)0xabc, INTMAX_MIN,
		      (ptrdiff_t)-5),
		  "18446744073709551615 abc -9223372036854775808 -5");
	CHECK_STR("printf.l", FMT("%ld %lu", LONG_MIN, ULONG_MAX),
		  "-9223372036854775808 18446744073709551615");
	CHECK_STR("printf.p", FMT("%p %p", (void *)0x1234, (void *)0), "0x1234 (nil)");

	n = snprintf(small, sizeof(small), "hello %s", "world");
	CHECK_INT("printf.trunc_ret", n, 11);
	CHECK_STR("printf.trunc_buf", small, "hell");
	CHECK_INT("printf.size0", snprintf(NULL, 0, "%d", 12345), 5);
	n = sprintf(buf, "%s-%d", "x", 1);
	CHECK("printf.sprintf", n == 3 && buf[0] == 'x' && buf[3] == '\0');
	CHECK_INT("printf.ret_empty", printf("%s", ""), 0);
}
