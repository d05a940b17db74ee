/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * cdiff: prints one line per C11 library check between "cdiff begin"
 * and "cdiff end"; the same source runs on the host (glibc, TZ=UTC) and
 * in the unikernel, and the lines must be equal.
 */
#include <stdio.h>
#include "cdiff.h"

int main(void)
{
	puts("cdiff begin");
	cd_locale();
	cd_printf();
	cd_scanf();
	cd_strto();
	cd_string();
	cd_ctype();
	cd_stdlib();
	cd_time();
	cd_math();
	cd_sweep();
	puts("cdiff end");
	fflush(stdout);
	return 0;
}
