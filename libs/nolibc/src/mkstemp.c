/* SPDX-License-Identifier: BSD-3-Clause */
/* mkstemp(): a file of a new name, made with O_CREAT|O_EXCL. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

static const char letters[] =
	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* The names tried: a sequence of its own (rand() is the program's). */
static unsigned long long next_name = 0x2545f4914f6cdd1dULL;

int mkstemp(char *tmpl)
{
	size_t n = strlen(tmpl);
	unsigned long long v;
	char *x;
	int tries, i, fd;

	if (n < 6 || strcmp(tmpl + n - 6, "XXXXXX") != 0) {
		errno = EINVAL;
		return -1;
	}
	x = tmpl + n - 6;
	for (tries = 0; tries < 100; tries++) {
		next_name = next_name * 6364136223846793005ULL +
			    1442695040888963407ULL;
		v = next_name >> 16;
		for (i = 0; i < 6; i++, v /= 62)
			x[i] = letters[v % 62];
		fd = open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}
