/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The plain requests: read, write, remove, directory, and integers on
 * top of them. Payloads are "path\0" or "path\0value" (a written value
 * has no NUL); a read's reply is the bare value, a directory's the
 * children's names, each NUL-terminated.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core.h"

static struct xs_part path_part(const char *path)
{
	return (struct xs_part){ path, strlen(path) + 1 };
}

int uk_xs_read(struct uk_xs *xs, uk_xs_tx_t tx, const char *path, char *buf,
	       size_t len)
{
	struct xs_part p = path_part(path);
	int n;

	if (!len)
		return -ERANGE;
	n = xs_request(xs, UK_XS_READ, tx, &p, 1, buf, len - 1);
	if (n >= 0)
		buf[n] = '\0';
	return n;
}

int uk_xs_read_int(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		   long long *value)
{
	char buf[32], *end;
	int n = uk_xs_read(xs, tx, path, buf, sizeof(buf));

	if (n == -ERANGE)
		return -EINVAL;
	if (n < 0)
		return n;
	errno = 0;
	*value = strtoll(buf, &end, 0);
	if (!n || *end || errno)
		return -EINVAL;
	return 0;
}

int uk_xs_write(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		const char *value)
{
	struct xs_part p[2] = { path_part(path), { value, strlen(value) } };
	int n = xs_request(xs, UK_XS_WRITE, tx, p, 2, NULL, 0);

	/* The reply is "OK"; dropping it is fine. */
	return n == -ERANGE ? 0 : n < 0 ? n : 0;
}

int uk_xs_write_int(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		    long long value)
{
	char buf[24];

	snprintf(buf, sizeof(buf), "%lld", value);
	return uk_xs_write(xs, tx, path, buf);
}

int uk_xs_rm(struct uk_xs *xs, uk_xs_tx_t tx, const char *path)
{
	struct xs_part p = path_part(path);
	int n = xs_request(xs, UK_XS_RM, tx, &p, 1, NULL, 0);

	return n == -ERANGE ? 0 : n < 0 ? n : 0;
}

int uk_xs_directory(struct uk_xs *xs, uk_xs_tx_t tx, const char *path,
		    char *buf, size_t len)
{
	struct xs_part p = path_part(path);
	int n = xs_request(xs, UK_XS_DIRECTORY, tx, &p, 1, buf, len), i, count;

	if (n < 0)
		return n;
	if (n && buf[n - 1] != '\0')
		return -EBADMSG;
	for (i = 0, count = 0; i < n; i++)
		count += buf[i] == '\0';
	return count;
}
