/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * debugtest: what test/e2e/debug.test.ts reads with gdb. main's local
 * `local` is 40 (volatile: it lives in memory at every optimization
 * level), the global debugtest_counter starts at 7, add() is the call to
 * step into. Prints "debugtest: sum 42 counter 49" with one argument.
 */
#include <stdio.h>

/** The global the test reads. */
int debugtest_counter = 7;

__attribute__((noinline)) static int add(int a, int b) { return a + b; }

int main(int argc, char *argv[])
{
	volatile int local = 40;
	int sum;

	(void)argv;
	sum = add(local, argc);
	debugtest_counter += sum;
	printf("debugtest: sum %d counter %d\n", sum, debugtest_counter);
	return 0;
}
