/* SPDX-License-Identifier: BSD-3-Clause */
/* cdiff's output: labelled lines, strings quoted with escapes. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "cdiff.h"

/* Bytes, printable ASCII as is (but \\ and "), others as \xHH. */
static void put_escaped(const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"') {
			putchar(c);
		} else {
			putchar('\\');
			putchar('x');
			putchar(hex[c >> 4]);
			putchar(hex[c & 15]);
		}
	}
}

void cd_bytes(const char *label, const char *s, size_t len)
{
	put_escaped(label, strlen(label));
	fputs(": \"", stdout);
	put_escaped(s, len);
	fputs("\"\n", stdout);
}

void cd_str(const char *label, const char *s)
{
	if (s)
		cd_bytes(label, s, strlen(s));
	else
		cd_line(label, "(null)");
}

void cd_line(const char *label, const char *fmt, ...)
{
	va_list ap;

	put_escaped(label, strlen(label));
	fputs(": ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

size_t cd_opaque_size(size_t n)
{
	volatile size_t v = n;

	return v;
}

const char *cd_opaque_str(const char *s)
{
	const char *volatile v = s;

	return v;
}
