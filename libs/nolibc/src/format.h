/* SPDX-License-Identifier: BSD-3-Clause */
/* Private: the printf engine shared by the snprintf and FILE front ends. */
#ifndef NOLIBC_FORMAT_H
#define NOLIBC_FORMAT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/** Where formatted text goes; write() receives it piece by piece. */
struct fmt_sink {
	void (*write)(struct fmt_sink *sink, const char *buf, size_t len);
};

/**
 * Format fmt with ap into sink (see stdio.h for the supported formats).
 * Returns the number of characters produced, or -1 if that exceeds
 * INT_MAX.
 */
int nolibc_vformat(struct fmt_sink *sink, const char *fmt, va_list ap);

#define F_MINUS 0x01 /* left-justify */
#define F_PLUS 0x02  /* '+' on non-negative signed numbers */
#define F_SPACE 0x04 /* ' ' on non-negative signed numbers */
#define F_HASH 0x08  /* alternate form: 0x / leading 0 */
#define F_ZERO 0x10  /* pad numbers with zeros */

enum length { L_NONE, L_HH, L_H, L_L, L_LL, L_Z, L_J, L_T, L_BIG };

struct spec {
	unsigned int flags;
	int width; /* minimum field width */
	int prec;  /* precision, -1 when absent */
	enum length len;
};

struct out {
	struct fmt_sink *sink;
	size_t count;
};

/** Write s[0..n) to the sink and count it. */
void fmt_emit(struct out *o, const char *s, size_t n);
/** Write c n times (nothing if n <= 0). */
void fmt_repeat(struct out *o, char c, long n);

/**
 * %f %F %e %E %g %G %a %A (conv) of the binary64 number with these bits,
 * exact and rounded to nearest, ties to even (fmt_float.c). Integer
 * arithmetic only; the caller fetches the double where there is FP.
 */
void fmt_float(struct out *o, const struct spec *sp, char conv, uint64_t bits);

/** %n: store count through the pointer argument of length len
 * (format_args.c). */
void fmt_store_count(enum length len, size_t count, va_list *ap);
/** Consume the argument of a floating-point conversion printf cannot
 * print (FLOAT off), so later arguments are not shifted. */
void fmt_skip_float(enum length len, va_list *ap);
/** The binary64 bits of the double nearest v (ties to even), without
 * the compiler's runtime library (arm64's long double is binary128). */
uint64_t fmt_long_double_bits(long double v);
/** %ls: the wide string s (NULL: "(null)"), ASCII as is and '?' for
 * other characters, in sp's field and precision. */
void fmt_wide_string(struct out *o, const struct spec *sp,
		     const __WCHAR_TYPE__ *s);

#endif /* NOLIBC_FORMAT_H */
