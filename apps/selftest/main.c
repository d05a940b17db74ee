/* SPDX-License-Identifier: BSD-3-Clause */
/* In-image self test of nolibc, ukalloc(region), ukargparse, ukdebug. */
#include <stdio.h>
#include <string.h>
#include <uk/ukdebug.h>
#include "selftest.h"

/*
 * "crash fault" and "crash panic" end the image on purpose, so tests can
 * check the crash dump and the crash status on every platform.
 */
static void crash_on_purpose(const char *how)
{
	if (strcmp(how, "fault") == 0) {
		volatile int *bad = (volatile int *)0x10;
		*bad = 1;
	}
	uk_panic("selftest: crash requested (%s)", how);
}

int main(int argc, char *argv[])
{
	if (argc >= 3 && strcmp(argv[1], "crash") == 0)
		crash_on_purpose(argv[2]);

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
