/* SPDX-License-Identifier: BSD-3-Clause */
/* ukargparse: separators, quotes, escapes, bounds. */
#include <string.h>
#include <uk/ukargparse.h>
#include "selftest.h"

/* Split line (copied) and compare with the expected arguments. */
static int split_is(const char *line, int maxargs, int want_argc,
		    const char *const *want)
{
	char buf[128];
	char *argv[8];
	int argc, i;

	strcpy(buf, line);
	argc = uk_argparse(buf, argv, maxargs);
	if (argc != want_argc)
		return 0;
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], want[i]) != 0)
			return 0;
	}
	return 1;
}

void test_argparse(void)
{
	static const char *const blanks[] = { "a", "b", "c" };
	static const char *const quotes[] = { "hello world", "x\"y", "z w" };
	static const char *const empty[] = { "ab", "" };
	static const char *const dq[] = { "a\\b\\c", "it's" };
	static const char *const unterminated[] = { "abc def " };

	CHECK("argparse.blanks", split_is("  a  b\tc\n", 8, 3, blanks));
	CHECK("argparse.quotes",
	      split_is("'hello world' \"x\\\"y\" z\\ w", 8, 3, quotes));
	CHECK("argparse.empty_args", split_is("a\"\"b ''", 8, 2, empty));
	CHECK("argparse.dquote_escapes",
	      split_is("\"a\\\\b\\c\" it\\'s", 8, 2, dq));
	CHECK("argparse.maxargs", split_is("a b c d", 2, 2, blanks) &&
					  split_is("a b c", 0, 0, NULL));
	CHECK("argparse.unterminated", split_is("'abc def ", 8, 1, unterminated));
	CHECK("argparse.none", split_is("   ", 8, 0, NULL) && split_is("", 8, 0, NULL) &&
				       uk_argparse(NULL, NULL, 4) == 0);
}
