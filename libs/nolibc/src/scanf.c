/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The scanf family over one engine reading from a string or a FILE. A
 * numeric field is gathered into a small buffer (at most its width) and
 * converted by strtoll/strtoull/strtod, so the grammar is theirs.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <__nolibc_fp.h>

/* Longest numeric field kept (longer ones fail to match). */
#define FIELD_MAX 128

struct src {
	const char *s; /* the string, or NULL */
	FILE *f;       /* else the stream */
	size_t count;  /* bytes consumed, for %n */
	int eof;       /* the input ended */
};

static int in_get(struct src *in)
{
	int c;

	if (in->f)
		c = fgetc(in->f);
	else
		c = *in->s ? (unsigned char)*in->s++ : EOF;
	if (c == EOF)
		in->eof = 1;
	else
		in->count++;
	return c;
}

static void in_unget(struct src *in, int c)
{
	if (c == EOF)
		return;
	in->count--;
	if (in->f)
		ungetc(c, in->f);
	else
		in->s--;
}

static void skip_space(struct src *in)
{
	int c;

	do
		c = in_get(in);
	while (c != EOF && isspace(c));
	in_unget(in, c);
}

enum len {
	LEN_HH,
	LEN_H,
	LEN_NONE,
	LEN_L,
	LEN_LL,
	LEN_J,
	LEN_Z,
	LEN_T,
	LEN_BIGL
};

static void store_int(void *p, enum len len, unsigned long long v)
{
	switch (len) {
	case LEN_HH: *(signed char *)p = (signed char)v; break;
	case LEN_H: *(short *)p = (short)v; break;
	case LEN_NONE: *(int *)p = (int)v; break;
	case LEN_L: *(long *)p = (long)v; break;
	case LEN_LL:
	case LEN_BIGL: *(long long *)p = (long long)v; break;
	case LEN_J: *(intmax_t *)p = (intmax_t)v; break;
	case LEN_Z: *(size_t *)p = (size_t)v; break;
	case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	}
}

/* Take c into buf if there is room and the width allows; then read the next. */
static int take(struct src *in, char *buf, size_t *n, size_t width, int c)
{
	if (*n >= width || *n >= FIELD_MAX - 1)
		return EOF;
	buf[(*n)++] = (char)c;
	return *n >= width ? EOF : in_get(in);
}

static int digit_ok(int c, int base)
{
	if (base == 8)
		return c >= '0' && c <= '7';
	if (base == 10)
		return isdigit(c);
	return isxdigit(c);
}

/* An integer field in base (0: C's prefixes) into buf; its length, 0 if none matched. */
static size_t scan_int(struct src *in, char *buf, size_t width, int *base)
{
	size_t n = 0, digits = 0;
	int c = in_get(in);

	if (c == '+' || c == '-')
		c = take(in, buf, &n, width, c);
	if ((*base == 0 || *base == 16) && c == '0') {
		c = take(in, buf, &n, width, c);
		digits++;
		if (c == 'x' || c == 'X') {
			*base = 16;
			c = take(in, buf, &n, width, c);
			digits = 0;
		} else if (*base == 0) {
			*base = 8;
		}
	}
	if (*base == 0)
		*base = 10;
	while (c != EOF && digit_ok(c, *base)) {
		c = take(in, buf, &n, width, c);
		digits++;
	}
	in_unget(in, c);
	buf[n] = '\0';
	return digits ? n : 0;
}

#if __NOLIBC_HAVE_FP
/*
 * "inf", "infinity", "nan" or "nan(chars)" at c, any case: only what can
 * still become one of them is taken (C11 7.21.6.2p9), so "infx" leaves
 * the x and "nan(1)x" the x. Returns the first character not taken.
 */
static int scan_word(struct src *in, char *buf, size_t *n, size_t width, int c)
{
	const char *word = (c | 0x20) == 'i' ? "infinity" : "nan";
	size_t i;

	for (i = 0; word[i] && c != EOF && (c | 0x20) == word[i]; i++)
		c = take(in, buf, n, width, c);
	if (i == 3 && word[0] == 'n' && c == '(') {
		do
			c = take(in, buf, n, width, c);
		while (c != EOF && (isalnum(c) || c == '_'));
		if (c == ')')
			c = take(in, buf, n, width, c);
	}
	return c;
}

/* A floating field (decimal, hex, inf, nan) into buf; strtod checks it. */
static size_t scan_float(struct src *in, char *buf, size_t width)
{
	size_t n = 0;
	int c = in_get(in), hex = 0, seen_exp = 0, prev = 0;

	if (c == '+' || c == '-')
		c = take(in, buf, &n, width, c);
	if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
		c = scan_word(in, buf, &n, width, c);
	} else {
		if (c == '0') {
			c = take(in, buf, &n, width, c);
			if (c == 'x' || c == 'X') {
				hex = 1;
				c = take(in, buf, &n, width, c);
			}
		}
		while (c != EOF) {
			int is_exp = hex ? (c == 'p' || c == 'P')
					 : (c == 'e' || c == 'E');

			if (is_exp && !seen_exp)
				seen_exp = 1;
			else if ((c == '+' || c == '-') &&
				 (prev == 'e' || prev == 'E' || prev == 'p' ||
				  prev == 'P'))
				;
			else if (!(hex ? isxdigit(c) : isdigit(c)) &&
				 !(c == '.' && !seen_exp))
				break;
			prev = c;
			c = take(in, buf, &n, width, c);
		}
	}
	in_unget(in, c);
	buf[n] = '\0';
	return n;
}

/* buf holds a number strtod took whole; long double goes through strtold (no soft-float helper on arm64). */
static void store_float(void *p, enum len len, const char *buf, double v)
{
	if (len == LEN_L)
		*(double *)p = v;
	else if (len == LEN_BIGL)
		*(long double *)p = strtold(buf, NULL);
	else
		*(float *)p = (float)v;
}
#endif

/* A %[...] set at *fmt (just after '['); fills set[256]; returns the char after ']'. */
static const char *parse_set(const char *fmt, unsigned char set[256])
{
	int neg = 0, i;
	unsigned char prev;

	if (*fmt == '^') {
		neg = 1;
		fmt++;
	}
	memset(set, 0, 256);
	if (*fmt == ']')
		set[(unsigned char)*fmt++] = 1;
	while (*fmt && *fmt != ']') {
		prev = (unsigned char)*fmt++;
		if (*fmt == '-' && fmt[1] && fmt[1] != ']') {
			for (i = prev; i <= (unsigned char)fmt[1]; i++)
				set[i] = 1;
			fmt += 2;
		} else {
			set[prev] = 1;
		}
	}
	if (neg)
		for (i = 0; i < 256; i++)
			set[i] = !set[i];
	return *fmt ? fmt + 1 : fmt;
}

/* %s, %c and %[: characters into p (NULL when suppressed); how many matched. */
static size_t scan_chars(struct src *in, char *p, size_t width,
			 const unsigned char *set, int conv)
{
	size_t n = 0;
	int c;

	while (n < width) {
		c = in_get(in);
		if (c == EOF)
			break;
		if ((conv == 's' && isspace(c)) || (conv == '[' && !set[c])) {
			in_unget(in, c);
			break;
		}
		if (p)
			p[n] = (char)c;
		n++;
	}
	if (p && n && conv != 'c')
		p[n] = '\0';
	return n;
}

static enum len parse_len(const char **fmt)
{
	const char *f = *fmt;
	enum len len = LEN_NONE;

	switch (*f) {
	case 'h': len = f[1] == 'h' ? (f++, LEN_HH) : LEN_H; break;
	case 'l': len = f[1] == 'l' ? (f++, LEN_LL) : LEN_L; break;
	case 'q': len = LEN_LL; break;
	case 'j': len = LEN_J; break;
	case 'z': len = LEN_Z; break;
	case 't': len = LEN_T; break;
	case 'L': len = LEN_BIGL; break;
	default: return LEN_NONE;
	}
	*fmt = f + 1;
	return len;
}

static int vscan(struct src *in, const char *fmt, va_list ap)
{
	int assigned = 0, done = 0;
	size_t start = 0; /* in->count when the failing directive began */
	char buf[FIELD_MAX];
	unsigned char set[256];

	for (; *fmt; fmt++) {
		int suppress = 0, c, base = 10, conv;
		size_t width = 0, n;
		enum len len;
		void *dst = NULL;

		if (isspace((unsigned char)*fmt)) {
			skip_space(in);
			continue;
		}
		if (*fmt != '%' || fmt[1] == '%') {
			if (*fmt == '%') {
				fmt++;
				skip_space(in);
			}
			start = in->count;
			c = in_get(in);
			if (c != (unsigned char)*fmt) {
				in_unget(in, c);
				goto out;
			}
			continue;
		}
		fmt++;
		if (*fmt == '*') {
			suppress = 1;
			fmt++;
		}
		while (isdigit((unsigned char)*fmt))
			width = width * 10 + (size_t)(*fmt++ - '0');
		len = parse_len(&fmt);
		conv = *fmt;
		if (!conv)
			goto out;
		if (conv == 'n') {
			if (!suppress)
				store_int(va_arg(ap, void *), len, in->count);
			continue;
		}
		if (!suppress)
			dst = va_arg(ap, void *);
		if (conv != 'c' && conv != '[')
			skip_space(in);
		start = in->count;
		if (in->eof)
			goto out;
		switch (conv) {
		case 'd': base = 10; goto integer;
		case 'i': base = 0; goto integer;
		case 'u': base = 10; goto integer;
		case 'o': base = 8; goto integer;
		case 'x':
		case 'X':
		case 'p':
			base = 16;
			if (conv == 'p')
				len = LEN_Z;
		integer:
			if (!scan_int(in, buf, width ? width : FIELD_MAX,
				      &base))
				goto out;
			if (dst)
				store_int(dst, len,
					  conv == 'd' || conv == 'i'
						  ? (unsigned long long)strtoll(
							    buf, NULL, base)
						  : strtoull(buf, NULL, base));
			break;
#if __NOLIBC_HAVE_FP
		case 'a':
		case 'A':
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G': {
			char *end;
			double v;

			n = scan_float(in, buf, width ? width : FIELD_MAX);
			v = strtod(buf, &end);
			if (!n || end != buf + n)
				goto out;
			if (dst)
				store_float(dst, len, buf, v);
			break;
		}
#endif
		case '[':
			fmt = parse_set(fmt + 1, set) - 1;
			/* fall through */
		case 's':
		case 'c':
			n = scan_chars(in, dst,
				       width	     ? width
				       : conv == 'c' ? 1
						     : (size_t)-1,
				       set, conv);
			if (!n || (conv == 'c' && n < (width ? width : 1)))
				goto out;
			break;
		default: goto out;
		}
		done++;
		if (dst)
			assigned++;
	}
out:
	/* Input ended, with nothing of the failing directive read, before the first conversion completed: EOF. */
	return !done && in->eof && in->count == start ? EOF : assigned;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	struct src in = { .s = s };

	return vscan(&in, fmt, ap);
}

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct src in = { .f = f };

	return vscan(&in, fmt, ap);
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

int vscanf(const char *restrict fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

int scanf(const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return n;
}
