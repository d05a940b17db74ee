/* SPDX-License-Identifier: BSD-3-Clause */
/* ctype.h over the whole unsigned char range and EOF. */
#include <ctype.h>
#include <stdio.h>
#include <uk/test.h>

UK_TESTSUITE(ctype);

UK_TEST(ctype, samples)
{
	UK_TEST_EXPECT(isdigit('7') && !isdigit('a') && isxdigit('F'));
	UK_TEST_EXPECT(isspace('\t') && isalpha('q') && ispunct('!'));
	UK_TEST_EXPECT(toupper('a') == 'A' && tolower('Z') == 'z' &&
		       tolower('1') == '1' && !isprint('\n'));
}

/* The classes partition ASCII as the C locale says, and nothing above
 * 0x7f or EOF belongs to any class. */
UK_TEST(ctype, partition)
{
	int c, bad = 0;

	for (c = 0; c < 256; c++) {
		int ascii = c < 0x80;

		bad += !!isalnum(c) != (!!isalpha(c) || !!isdigit(c));
		bad += !!isgraph(c) != (!!isalnum(c) || !!ispunct(c));
		bad += !!isprint(c) != (!!isgraph(c) || c == ' ');
		bad += ascii && !!iscntrl(c) == !!isprint(c);
		bad += !!isalpha(c) != (!!isupper(c) || !!islower(c));
		bad += isupper(c) && tolower(c) != c + 32;
		bad += !ascii && (isalnum(c) || ispunct(c) || isspace(c) ||
				  iscntrl(c) || isprint(c) || isblank(c));
	}
	UK_TEST_EXPECT_EQ(bad, 0);
	UK_TEST_EXPECT(!isalpha(EOF) && !isspace(EOF) && tolower(EOF) == EOF);
}
