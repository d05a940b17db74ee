/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * crashtest <case>: announce the case, break its rule (cases.c). Reaching
 * the end means the rule was not enforced: say so and return 1. An
 * unknown case lists the known ones and returns 2.
 */
#include <stdio.h>
#include <string.h>
#include "cases.h"

int main(int argc, char *argv[])
{
	const struct crash_case *c;

	if (argc == 2) {
		for (c = crash_cases; c->name; c++) {
			if (strcmp(c->name, argv[1]))
				continue;
			printf("crashtest: %s\n", c->name);
			c->run();
			printf("crashtest: %s NOT caught\n", c->name);
			return 1;
		}
	}
	printf("usage: crashtest <case>; cases:");
	for (c = crash_cases; c->name; c++)
		printf(" %s", c->name);
	printf("\n");
	return 2;
}
