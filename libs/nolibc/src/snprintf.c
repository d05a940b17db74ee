/* SPDX-License-Identifier: BSD-3-Clause */
/* Formatting into memory: vsnprintf, snprintf, vsprintf, sprintf. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "format.h"

struct buf_sink {
	struct fmt_sink sink; /* first member: the engine passes this */
	char *buf;
	size_t size; /* capacity including the NUL */
	size_t pos;  /* bytes stored so far */
};

static void buf_write(struct fmt_sink *sink, const char *s, size_t len)
{
	struct buf_sink *b = (struct buf_sink *)sink;
	size_t room;

	if (b->size == 0 || b->pos >= b->size - 1)
		return;
	room = b->size - 1 - b->pos;
	if (len > room)
		len = room;
	memcpy(b->buf + b->pos, s, len);
	b->pos += len;
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap)
{
	struct buf_sink b = { .sink = { .write = buf_write },
			      .buf = buf,
			      .size = size,
			      .pos = 0 };
	int n = nolibc_vformat(&b.sink, fmt, ap);

	if (size)
		buf[b.pos] = '\0';
	return n;
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return vsnprintf(buf, (size_t)INT_MAX + 1, fmt, ap);
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	return n;
}
