/* SPDX-License-Identifier: BSD-3-Clause */
/* The console is the process's standard output and standard input. */
#include <limits.h>
#include <uk/plat/console.h>
#include "linuxu.h"

/* The last character written, for linuxu_console_at_line_start(). */
static char last = '\n';

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
		last = buf[done - 1];
	}
	return (int)done;
}

/* poll(2) event bits */
#define POLLIN 0x001
#define POLLHUP 0x010
#define POLLNVAL 0x020

int ukplat_cink(char *buf, size_t len)
{
	struct linuxu_pollfd p = { .fd = 0, .events = POLLIN };
	const struct linuxu_timespec now = { 0, 0 };
	long n;

	if (len > INT_MAX)
		len = INT_MAX;
	n = linuxu_ppoll(&p, 1, &now);
	if (n == -LINUXU_EINTR || n == 0)
		return 0;
	if (n < 0 || (p.revents & POLLNVAL))
		return -1;
	if (!(p.revents & (POLLIN | POLLHUP)))
		return 0;
	n = linuxu_read(0, buf, len);
	if (n == -LINUXU_EINTR)
		return 0;
	return n > 0 ? (int)n : -1; /* 0: end of file */
}

bool linuxu_console_at_line_start(void) { return last == '\n'; }
