/* SPDX-License-Identifier: BSD-3-Clause */
/* Prints a greeting, then each argument on its own line. */
#include <stdio.h>

int main(int argc, char *argv[])
{
	int i;

	puts("Hello world!");
	for (i = 1; i < argc; i++)
		puts(argv[i]);
	return 0;
}
