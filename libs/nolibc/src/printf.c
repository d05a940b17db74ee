/* SPDX-License-Identifier: BSD-3-Clause */
/* Formatted output to a FILE: vfprintf, fprintf, vprintf, printf. */
#include <stdio.h>
#include <string.h>
#include "file.h"
#include "format.h"

/* Collects output in a small buffer and hands full chunks to the FILE. */
struct file_sink {
	struct fmt_sink sink; /* first member: the engine passes this */
	FILE *f;
	int error;
	size_t len;
	char buf[128];
};

static void file_flush(struct file_sink *fs)
{
	if (fs->len && nolibc_file_write(fs->f, fs->buf, fs->len))
		fs->error = 1;
	fs->len = 0;
}

static void file_sink_write(struct fmt_sink *sink, const char *s, size_t len)
{
	struct file_sink *fs = (struct file_sink *)sink;
	size_t n;

	while (len) {
		if (fs->len == sizeof(fs->buf))
			file_flush(fs);
		n = sizeof(fs->buf) - fs->len;
		if (n > len)
			n = len;
		memcpy(fs->buf + fs->len, s, n);
		fs->len += n;
		s += n;
		len -= n;
	}
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_sink fs = { .sink = { .write = file_sink_write },
				.f = f,
				.error = 0,
				.len = 0 };
	int n = nolibc_vformat(&fs.sink, fmt, ap);

	file_flush(&fs);
	return fs.error ? -1 : n;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int vprintf(const char *restrict fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}
