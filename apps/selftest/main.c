/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * In-image self test: runs every test the libraries of this image
 * registered with uktest (their TESTS options are on in uk.config.json),
 * or those matching the arguments ("printf", "alloc.stress", "sched*").
 */
#include <stdio.h>
#include <string.h>
#include <uk/test.h>
#include <uk/ukdebug.h>

/*
 * "crash fault" and "crash panic" end the image on purpose, so tests can
 * check the crash dump and the crash status on every platform.
 */
static void crash_on_purpose(const char *how)
{
	if (strcmp(how, "fault") == 0) {
		/* volatile twice: gcc must not see (and refuse) the constant. */
		volatile int *volatile bad = (volatile int *)0x10;
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

	return uk_test_main(argc, argv);
}
