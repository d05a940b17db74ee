/* SPDX-License-Identifier: BSD-3-Clause */
/* In-image self test of nolibc, ukalloc(region), ukargparse, ukdebug. */
#include <stdio.h>
#include <uk/ukdebug.h>
#include "selftest.h"

int main(int argc, char *argv[])
{
	(void)argc;
	(void)argv;

#ifdef CONFIG_LIBUKDEBUG_LOGLEVEL
	printf("loglevel: %d\n", CONFIG_LIBUKDEBUG_LOGLEVEL);
#else
	printf("loglevel: undefined\n");
#endif
	uk_pr_warn("selftest: a warning through ukdebug\n");
	UK_ASSERT(argc >= 1);

	test_printf();
	test_strtol();
	test_string();
	test_alloc();
	test_argparse();

	printf("%d passed, %d failed\n", st_passed, st_failed);
	return st_failed == 0 ? 0 : 1;
}
