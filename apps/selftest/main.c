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

/* Recurse n frames of 512 bytes deep: "crash stack" runs off the stack. */
static int recurse(volatile char *prev, unsigned long n)
{
	volatile char frame[512];

	frame[0] = prev ? (char)(prev[0] + 1) : 0;
	if (!n)
		return frame[0];
	return recurse(frame, n - 1) + frame[1];
}

/*
 * "crash fault", "crash undef" (an undefined instruction), "crash stack"
 * (where a guard page catches overflows) and "crash panic" end the image
 * on purpose, so tests can check the crash dump and the crash status on
 * every platform.
 */
static void crash_on_purpose(const char *how)
{
	if (strcmp(how, "undef") == 0) {
#if defined(__aarch64__)
		__asm__ __volatile__("udf #0");
#elif defined(__x86_64__)
		__asm__ __volatile__("ud2");
#endif
	}
	if (strcmp(how, "stack") == 0) {
		volatile unsigned long deep = 1UL << 40;

		recurse(NULL, deep);
	}
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
