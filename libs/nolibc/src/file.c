/* SPDX-License-Identifier: BSD-3-Clause */
/* stdout and stderr, and the unformatted output functions. */
#include <stdio.h>
#include <string.h>
#include <uk/plat/console.h>
#include "file.h"

static FILE stdout_file = { .fd = 1, .error = 0 };
static FILE stderr_file = { .fd = 2, .error = 0 };

FILE *stdout = &stdout_file;
FILE *stderr = &stderr_file;

int nolibc_file_write(FILE *f, const char *buf, size_t len)
{
	int n;

	while (len) {
		n = ukplat_coutk(buf, len);
		if (n <= 0) {
			f->error = 1;
			return EOF;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

int fputs(const char *restrict s, FILE *restrict f)
{
	return nolibc_file_write(f, s, strlen(s)) ? EOF : 1;
}

int fputc(int c, FILE *f)
{
	char ch = (char)c;

	return nolibc_file_write(f, &ch, 1) ? EOF : (unsigned char)c;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int puts(const char *s)
{
	if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
		return EOF;
	return 1;
}

int fflush(FILE *f __attribute__((unused)))
{
	return 0;
}
