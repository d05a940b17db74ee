/* SPDX-License-Identifier: BSD-3-Clause */
/* The result bookkeeping behind the CHECK macros. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "selftest.h"

int st_passed, st_failed;

void st_result(const char *name, int ok, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		st_passed++;
		printf("ok %s\n", name);
		return;
	}
	st_failed++;
	printf("FAIL %s: ", name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void st_check_str(const char *name, const char *got, const char *want)
{
	int ok = got && want ? strcmp(got, want) == 0 : got == want;

	st_result(name, ok, "got \"%s\", want \"%s\"", got, want);
}

void st_check_int(const char *name, long long got, long long want)
{
	st_result(name, got == want, "got %lld, want %lld", got, want);
}
