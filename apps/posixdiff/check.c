/* SPDX-License-Identifier: BSD-3-Clause */
/* The printing side of posixdiff (check.h) and its two file helpers. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define NAME(e)       \
	{             \
		e, #e \
	}
static const struct {
	int e;
	const char *name;
} names[] = {
	NAME(EPERM),	    NAME(ENOENT),  NAME(EIO),	    NAME(EBADF),
	NAME(EAGAIN),	    NAME(ENOMEM),  NAME(EACCES),    NAME(EFAULT),
	NAME(EBUSY),	    NAME(EEXIST),  NAME(EXDEV),	    NAME(ENODEV),
	NAME(ENOTDIR),	    NAME(EISDIR),  NAME(EINVAL),    NAME(ENFILE),
	NAME(EMFILE),	    NAME(ENOTTY),  NAME(EFBIG),	    NAME(ENOSPC),
	NAME(ESPIPE),	    NAME(EROFS),   NAME(EMLINK),    NAME(ERANGE),
	NAME(ENAMETOOLONG), NAME(ENOSYS),  NAME(ENOTEMPTY), NAME(ELOOP),
	NAME(EOVERFLOW),    NAME(ENOTSUP),
};

const char *ename(int e)
{
	static char buf[16];
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].e == e)
			return names[i].name;
	snprintf(buf, sizeof(buf), "E%d", e);
	return buf;
}

void note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void say(const char *what, long r)
{
	if (r == -1)
		note("%s = -1 %s", what, ename(errno));
	else
		note("%s = %ld", what, r);
}

void saymode(const char *what, long m)
{
	if (m == -1)
		say(what, m);
	else
		note("%s = 0%lo", what, (unsigned long)m);
}

void sayfd(const char *what, int fd)
{
	if (fd >= 0)
		note("%s = fd", what);
	else
		say(what, fd);
}

void say2(const char *what, long r, int e1, int e2)
{
	if (r == -1 && (errno == e1 || errno == e2))
		note("%s = -1 %s|%s", what, ename(e1), ename(e2));
	else
		say(what, r);
}

void sayc(const char *what, int c)
{
	if (c != EOF)
		note("%s = %d", what, c);
	else
		note("%s = EOF (errno %s)", what, errno ? ename(errno) : "0");
}

void sayp(const char *what, const void *p)
{
	if (p)
		note("%s = ok", what);
	else
		note("%s = NULL %s", what, ename(errno));
}

int put_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	size_t len = strlen(text);
	int r = 0;

	if (fd < 0)
		return -1;
	if (write(fd, text, len) != (ssize_t)len)
		r = -1;
	close(fd);
	return r;
}

const char *get_file(const char *path)
{
	static char buf[2 * 128 + 1];
	char raw[128];
	int fd = open(path, O_RDONLY);
	ssize_t n, i, o;

	if (fd < 0)
		return ename(errno);
	n = read(fd, raw, sizeof(raw));
	close(fd);
	if (n < 0)
		return ename(errno);
	for (i = 0, o = 0; i < n; i++) {
		if (raw[i] == '\n') {
			buf[o++] = '\\';
			buf[o++] = 'n';
		} else {
			buf[o++] = raw[i] ? raw[i] : '0';
		}
	}
	buf[o] = '\0';
	return buf;
}
