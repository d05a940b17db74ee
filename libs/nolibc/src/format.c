/* SPDX-License-Identifier: BSD-3-Clause */
/* The printf engine: parses conversion specifications and emits text. */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <__nolibc_fp.h>
#include "format.h"

void fmt_emit(struct out *o, const char *s, size_t n)
{
	if (n) {
		o->sink->write(o->sink, s, n);
		o->count += n;
	}
}

void fmt_repeat(struct out *o, char c, long n)
{
	char chunk[16];

	if (n <= 0)
		return;
	memset(chunk, c, sizeof(chunk));
	for (; n > (long)sizeof(chunk); n -= (long)sizeof(chunk))
		fmt_emit(o, chunk, sizeof(chunk));
	fmt_emit(o, chunk, (size_t)n);
}

/* Emit s[0..n) in a field of sp->width, honouring '-'. */
static void emit_field(struct out *o, const struct spec *sp, const char *s,
		       size_t n)
{
	int pad = n < (size_t)sp->width ? sp->width - (int)n : 0;

	if (!(sp->flags & F_MINUS))
		fmt_repeat(o, ' ', pad);
	fmt_emit(o, s, n);
	if (sp->flags & F_MINUS)
		fmt_repeat(o, ' ', pad);
}

/* Emit an integer: sign/prefix, zero padding, digits, in a field. */
static void emit_int(struct out *o, const struct spec *sp, uintmax_t v,
		     bool neg, bool is_signed, unsigned int base, bool upper)
{
	const char *xdigits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char digits[sizeof(uintmax_t) * CHAR_BIT / 3 + 2];
	char *end = digits + sizeof(digits), *d = end;
	char prefix[2];
	int ndig, plen = 0, zeros, total, prec = sp->prec;
	bool zero_value = v == 0;

	if (!(zero_value && prec == 0)) { /* "%.0d" of 0 prints nothing */
		do {
			*--d = xdigits[v % base];
			v /= base;
		} while (v);
	}
	ndig = (int)(end - d);

	if (is_signed) {
		if (neg)
			prefix[plen++] = '-';
		else if (sp->flags & F_PLUS)
			prefix[plen++] = '+';
		else if (sp->flags & F_SPACE)
			prefix[plen++] = ' ';
	}
	if ((sp->flags & F_HASH) && base == 16 && !zero_value) {
		prefix[plen++] = '0';
		prefix[plen++] = upper ? 'X' : 'x';
	}
	if ((sp->flags & F_HASH) && base == 8 && (ndig == 0 || *d != '0')) {
		if (prec <= ndig)
			prec = ndig + 1; /* octal alternate form: leading 0 */
	}

	zeros = prec > ndig ? prec - ndig : 0;
	if (sp->prec < 0 && (sp->flags & (F_ZERO | F_MINUS)) == F_ZERO &&
	    sp->width > plen + ndig + zeros)
		zeros = sp->width - plen - ndig;
	total = plen + zeros + ndig;

	if (!(sp->flags & F_MINUS))
		fmt_repeat(o, ' ', sp->width - total);
	fmt_emit(o, prefix, (size_t)plen);
	fmt_repeat(o, '0', zeros);
	fmt_emit(o, d, (size_t)ndig);
	if (sp->flags & F_MINUS)
		fmt_repeat(o, ' ', sp->width - total);
}

/* Read a non-negative decimal number, saturating at INT_MAX. */
static int parse_num(const char **fmt)
{
	const char *p = *fmt;
	int n = 0;

	for (; *p >= '0' && *p <= '9'; p++)
		n = n > (INT_MAX - (*p - '0')) / 10 ? INT_MAX
						    : n * 10 + (*p - '0');
	*fmt = p;
	return n;
}

/* Parse flags, width, precision and length after a '%'. */
static const char *parse_spec(const char *p, struct spec *sp, va_list *ap)
{
	int w;

	*sp = (struct spec){ .prec = -1 };
	for (;; p++) {
		switch (*p) {
		case '-': sp->flags |= F_MINUS; continue;
		case '+': sp->flags |= F_PLUS; continue;
		case ' ': sp->flags |= F_SPACE; continue;
		case '#': sp->flags |= F_HASH; continue;
		case '0': sp->flags |= F_ZERO; continue;
		}
		break;
	}

	if (*p == '*') {
		p++;
		w = va_arg(*ap, int);
		if (w < 0) {
			sp->flags |= F_MINUS;
			w = w == INT_MIN ? INT_MAX : -w;
		}
		sp->width = w;
	} else {
		sp->width = parse_num(&p);
	}

	if (*p == '.') {
		p++;
		if (*p == '*') {
			p++;
			sp->prec = va_arg(*ap, int);
			if (sp->prec < 0)
				sp->prec = -1; /* negative: as if omitted */
		} else {
			sp->prec = parse_num(&p);
		}
	}

	switch (*p) {
	case 'h':
		sp->len = p[1] == 'h' ? L_HH : L_H;
		p += sp->len == L_HH ? 2 : 1;
		break;
	case 'l':
		sp->len = p[1] == 'l' ? L_LL : L_L;
		p += sp->len == L_LL ? 2 : 1;
		break;
	case 'z':
		sp->len = L_Z;
		p++;
		break;
	case 'j':
		sp->len = L_J;
		p++;
		break;
	case 't':
		sp->len = L_T;
		p++;
		break;
	case 'L':
		sp->len = L_BIG; /* long double */
		p++;
		break;
	}
	return p;
}

static intmax_t fetch_signed(enum length len, va_list *ap)
{
	switch (len) {
	case L_HH: return (signed char)va_arg(*ap, int);
	case L_H: return (short)va_arg(*ap, int);
	case L_L: return va_arg(*ap, long);
	case L_LL: return va_arg(*ap, long long);
	case L_Z: return va_arg(*ap, ptrdiff_t); /* signed size_t */
	case L_J: return va_arg(*ap, intmax_t);
	case L_T: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

static uintmax_t fetch_unsigned(enum length len, va_list *ap)
{
	switch (len) {
	case L_HH: return (unsigned char)va_arg(*ap, unsigned int);
	case L_H: return (unsigned short)va_arg(*ap, unsigned int);
	case L_L: return va_arg(*ap, unsigned long);
	case L_LL: return va_arg(*ap, unsigned long long);
	case L_Z: return va_arg(*ap, size_t);
	case L_J: return va_arg(*ap, uintmax_t);
	case L_T: return va_arg(*ap, size_t); /* unsigned ptrdiff_t */
	default: return va_arg(*ap, unsigned int);
	}
}

#if __NOLIBC_HAVE_FP
static uint64_t double_bits(double d)
{
	uint64_t bits;

	memcpy(&bits, &d, sizeof(bits));
	return bits;
}
#endif

/* Handle one conversion character, consuming its argument; false if it
 * is not supported (its specification is then copied to the output). */
static bool convert(struct out *o, struct spec *sp, char conv, va_list *ap)
{
	intmax_t sv;
	const char *s;
	char c;
	int w;
	void *ptr;

	switch (conv) {
	case 'd':
	case 'i':
		sv = fetch_signed(sp->len, ap);
		emit_int(o, sp, sv < 0 ? -(uintmax_t)sv : (uintmax_t)sv, sv < 0,
			 true, 10, false);
		return true;
	case 'u':
		emit_int(o, sp, fetch_unsigned(sp->len, ap), false, false, 10,
			 false);
		return true;
	case 'x':
	case 'X':
		emit_int(o, sp, fetch_unsigned(sp->len, ap), false, false, 16,
			 conv == 'X');
		return true;
	case 'o':
		emit_int(o, sp, fetch_unsigned(sp->len, ap), false, false, 8,
			 false);
		return true;
	case 'p':
		ptr = va_arg(*ap, void *);
		if (!ptr) {
			sp->prec = -1;
			emit_field(o, sp, "(nil)", 5);
			return true;
		}
		sp->flags |= F_HASH;
		emit_int(o, sp, (uintptr_t)ptr, false, false, 16, false);
		return true;
	case 'c':
		w = va_arg(*ap, int);
		if (sp->len == L_L) /* wint_t: ASCII as is, else '?' */
			w = (unsigned int)w < 0x80 ? w : '?';
		c = (char)w;
		emit_field(o, sp, &c, 1);
		return true;
	case 's':
		if (sp->len == L_L) {
			fmt_wide_string(o, sp,
					va_arg(*ap, const __WCHAR_TYPE__ *));
			return true;
		}
		s = va_arg(*ap, const char *);
		if (!s)
			s = "(null)";
		emit_field(o, sp, s,
			   sp->prec >= 0 ? strnlen(s, (size_t)sp->prec)
					 : strlen(s));
		return true;
	case '%': fmt_emit(o, "%", 1); return true;
	case 'n': fmt_store_count(sp->len, o->count, ap); return true;
	case 'f':
	case 'F':
	case 'e':
	case 'E':
	case 'g':
	case 'G':
	case 'a':
	case 'A':
#if __NOLIBC_HAVE_FP
		/* long double: printed as the nearest double */
		fmt_float(o, sp, conv,
			  sp->len == L_BIG ? fmt_long_double_bits(
						     va_arg(*ap, long double))
					   : double_bits(va_arg(*ap, double)));
		return true;
#else
		fmt_skip_float(sp->len, ap); /* later arguments stay in place */
		return false;
#endif
	default: return false;
	}
}

int nolibc_vformat(struct fmt_sink *sink, const char *fmt, va_list ap)
{
	struct out o = { .sink = sink, .count = 0 };
	struct spec sp;
	const char *p = fmt, *start;
	va_list aq;

	va_copy(aq, ap);
	while (*p) {
		start = p;
		while (*p && *p != '%')
			p++;
		fmt_emit(&o, start, (size_t)(p - start));
		if (!*p)
			break;

		start = p++; /* at '%' */
		p = parse_spec(p, &sp, &aq);
		if (*p && convert(&o, &sp, *p, &aq)) {
			p++;
		} else {
			/* Unknown or truncated: copy the specification. */
			if (*p)
				p++;
			fmt_emit(&o, start, (size_t)(p - start));
		}
	}
	va_end(aq);
	return o.count > INT_MAX ? -1 : (int)o.count;
}
