/* SPDX-License-Identifier: BSD-3-Clause */
/* ukargparse: separators, quotes, escapes, bounds. */
#include <uk/test.h>
#include <uk/ukargparse.h>

/* Split a copy of line; 1 if it gives exactly want_argc args == want. */
static int split_is(const char *line, int maxargs, int want_argc,
		    const char *const *want)
{
	char buf[128];
	char *argv[8];
	int argc, i, j;

	for (i = 0; line[i] && i < (int)sizeof(buf) - 1; i++)
		buf[i] = line[i];
	buf[i] = '\0';
	argc = uk_argparse(buf, argv, maxargs);
	if (argc != want_argc)
		return 0;
	for (i = 0; i < argc; i++) {
		for (j = 0; want[i][j] && argv[i][j] == want[i][j]; j++)
			;
		if (argv[i][j] != want[i][j])
			return 0;
	}
	return 1;
}

UK_TESTSUITE(argparse);

UK_TEST(argparse, blanks)
{
	static const char *const want[] = { "a", "b", "c" };

	UK_TEST_EXPECT(split_is("  a  b\tc\n", 8, 3, want));
}

UK_TEST(argparse, quotes)
{
	static const char *const want[] = { "hello world", "x\"y", "z w" };

	UK_TEST_EXPECT(split_is("'hello world' \"x\\\"y\" z\\ w", 8, 3, want));
}

UK_TEST(argparse, empty_args)
{
	static const char *const want[] = { "ab", "" };

	UK_TEST_EXPECT(split_is("a\"\"b ''", 8, 2, want));
}

UK_TEST(argparse, dquote_escapes)
{
	static const char *const want[] = { "a\\b\\c", "it's" };

	UK_TEST_EXPECT(split_is("\"a\\\\b\\c\" it\\'s", 8, 2, want));
}

UK_TEST(argparse, maxargs)
{
	static const char *const want[] = { "a", "b" };

	UK_TEST_EXPECT(split_is("a b c d", 2, 2, want));
	UK_TEST_EXPECT(split_is("a b c", 0, 0, NULL));
}

UK_TEST(argparse, count_only)
{
	char line[] = "a 'b c' \"\" d";

	UK_TEST_EXPECT_EQ(uk_argparse(line, NULL, 100), 4);
}

UK_TEST(argparse, unterminated)
{
	static const char *const want[] = { "abc def " };

	UK_TEST_EXPECT(split_is("'abc def ", 8, 1, want));
}

UK_TEST(argparse, none)
{
	UK_TEST_EXPECT(split_is("   ", 8, 0, NULL));
	UK_TEST_EXPECT(split_is("", 8, 0, NULL));
	UK_TEST_EXPECT_EQ(uk_argparse(NULL, NULL, 4), 0);
}
