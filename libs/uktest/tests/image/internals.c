/* SPDX-License-Identifier: BSD-3-Clause */
/* uktest's own pieces: pattern matching and the result line buffer. */
#include <uk/test.h>
#include "../../src/uktest.h"

UK_TESTSUITE(uktest);

UK_TEST(uktest, match_patterns)
{
	UK_TEST_EXPECT(ukt_match("alloc", "alloc", "stress"));
	UK_TEST_EXPECT(!ukt_match("allo", "alloc", "stress"));
	UK_TEST_EXPECT(ukt_match("alloc.stress", "alloc", "stress"));
	UK_TEST_EXPECT(!ukt_match("alloc.stres", "alloc", "stress"));
	UK_TEST_EXPECT(ukt_match("alloc.st*", "alloc", "stress"));
	UK_TEST_EXPECT(!ukt_match("alloc.x*", "alloc", "stress"));
	UK_TEST_EXPECT(ukt_match("al*", "alloc", "stress"));
	UK_TEST_EXPECT(!ukt_match("al.*", "alloc", "stress"));
	UK_TEST_EXPECT(ukt_match("*", "alloc", "stress"));
}

UK_TEST(uktest, line_buffer)
{
	struct ukt_line l = { .len = 0 };
	int i;

	ukt_put_dec(&l, -9223372036854775807LL - 1);
	ukt_put_str(&l, " ");
	ukt_put_dec(&l, 0);
	ukt_put_hex8(&l, 0xa5);
	UK_TEST_EXPECT_EQ(l.len, 24);
	UK_TEST_EXPECT_MEMEQ(l.buf, "-9223372036854775808 0a5", 24);
	for (i = 0; i < 100; i++)
		ukt_put_str(&l, "0123456789");
	UK_TEST_EXPECT_EQ(l.len, UKT_LINE_MAX);
}

UK_TEST(uktest, expectations_count)
{
	/* Passing expectations return 1 and record nothing. */
	UK_TEST_EXPECT_EQ(UK_TEST_EXPECT_LT(1, 2) + UK_TEST_EXPECT_GE(2, 2) +
				  UK_TEST_EXPECT_STREQ("a", "a") +
				  UK_TEST_EXPECT_MEMEQ("ab", "ab", 2),
			  4);
	UK_TEST_EXPECT_EQ(uk_test_failures(), 0);
}
