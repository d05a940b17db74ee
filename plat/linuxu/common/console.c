/* SPDX-License-Identifier: BSD-3-Clause */
/* The console is the process's standard output. */
#include <limits.h>
#include <uk/plat/console.h>
#include "linuxu.h"

int ukplat_coutk(const char *buf, size_t len)
{
	size_t done = 0;
	long n;

	if (len > INT_MAX)
		len = INT_MAX;
	while (done < len) {
		n = linuxu_write(1, buf + done, len - done);
		if (n == -LINUXU_EINTR)
			continue;
		if (n <= 0)
			return done ? (int)done : -1;
		done += (size_t)n;
	}
	return (int)done;
}
