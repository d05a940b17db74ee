/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading and writing streams: bytes, lines, blocks, and the status flags. */
#include <stdio.h>
#include <string.h>
#include "file.h"

int fgetc(FILE *f)
{
	int c;

	if (f->ungot != EOF) {
		c = f->ungot;
		f->ungot = EOF;
		return c;
	}
	if (f->rpos == f->rend && nolibc_file_fill(f) <= 0)
		return EOF;
	return f->buf[f->rpos++];
}

int getc(FILE *f) { return fgetc(f); }

int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (f->rpos > 0 && f->rpos <= f->rend && f->ungot == EOF) {
		f->buf[--f->rpos] = (unsigned char)c;
	} else if (f->ungot == EOF) {
		f->ungot = (unsigned char)c;
	} else {
		return EOF;
	}
	f->eof = 0;
	return (unsigned char)c;
}

char *fgets(char *restrict s, int size, FILE *restrict f)
{
	int i = 0, c;

	if (size <= 0)
		return NULL;
	while (i < size - 1) {
		c = fgetc(f);
		if (c == EOF)
			break;
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	if (i == 0 && size > 1)
		return NULL;
	s[i] = '\0';
	return s;
}

size_t fread(void *restrict ptr, size_t size, size_t nmemb, FILE *restrict f)
{
	unsigned char *p = ptr;
	size_t want, got = 0, n;
	int c;

	if (!size || !nmemb)
		return 0;
	want = size * nmemb;
	if (want / size != nmemb)
		want = (size_t)-1;
	if (f->ungot != EOF && want) {
		p[got++] = (unsigned char)f->ungot;
		f->ungot = EOF;
	}
	while (got < want) {
		if (f->rpos == f->rend) {
			c = nolibc_file_fill(f);
			if (c <= 0)
				break;
		}
		n = f->rend - f->rpos;
		if (n > want - got)
			n = want - got;
		memcpy(p + got, f->buf + f->rpos, n);
		f->rpos += n;
		got += n;
	}
	return got / size;
}

size_t fwrite(const void *restrict ptr, size_t size, size_t nmemb,
	      FILE *restrict f)
{
	size_t len = size * nmemb;

	if (!size || !nmemb)
		return 0;
	if (len / size != nmemb)
		return 0;
	return nolibc_file_write(f, ptr, len) ? 0 : nmemb;
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

int putc(int c, FILE *f) { return fputc(c, f); }

int putchar(int c) { return fputc(c, stdout); }

int puts(const char *s)
{
	if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
		return EOF;
	return 1;
}

int feof(FILE *f) { return f->eof; }

int ferror(FILE *f) { return f->error; }

void clearerr(FILE *f) { f->eof = f->error = 0; }
