/* SPDX-License-Identifier: BSD-3-Clause */
/* The printf engine's less common arguments: %n, floating-point ones it
 * cannot print, wide strings. */
#include <stddef.h>
#include <stdint.h>
#include "format.h"

void fmt_store_count(enum length len, size_t count, va_list *ap)
{
	switch (len) {
	case L_HH: *va_arg(*ap, signed char *) = (signed char)count; break;
	case L_H: *va_arg(*ap, short *) = (short)count; break;
	case L_L: *va_arg(*ap, long *) = (long)count; break;
	case L_LL: *va_arg(*ap, long long *) = (long long)count; break;
	case L_Z: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)count; break;
	case L_J: *va_arg(*ap, intmax_t *) = (intmax_t)count; break;
	case L_T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t)count; break;
	default: *va_arg(*ap, int *) = (int)count; break;
	}
}

void fmt_skip_float(enum length len, va_list *ap)
{
	/* Every target passes doubles in FP registers or on the stack as the
	 * ABI says; the compiler knows where, even with FLOAT off. */
#if defined(__x86_64__) || (defined(__aarch64__) && defined(__ARM_NEON))
	if (len == L_BIG)
		(void)va_arg(*ap, long double);
	else
		(void)va_arg(*ap, double);
#else
	/* No FP registers: callers cannot pass floating-point values. */
	(void)len;
	(void)ap;
#endif
}

void fmt_wide_string(struct out *o, const struct spec *sp,
		     const __WCHAR_TYPE__ *s)
{
	static const __WCHAR_TYPE__ null[] = {
		'(', 'n', 'u', 'l', 'l', ')', 0
	};
	char chunk[32];
	size_t n = 0, i, len = 0;

	if (!s)
		s = null;
	while (s[len] && (sp->prec < 0 || len < (size_t)sp->prec))
		len++;
	if (!(sp->flags & F_MINUS))
		fmt_repeat(o, ' ', sp->width - (long)len);
	for (i = 0; i < len; i++) {
		chunk[n++] = (unsigned long)s[i] < 0x80 ? (char)s[i] : '?';
		if (n == sizeof(chunk) || i + 1 == len) {
			fmt_emit(o, chunk, n);
			n = 0;
		}
	}
	if (sp->flags & F_MINUS)
		fmt_repeat(o, ' ', sp->width - (long)len);
}

#if __LDBL_MANT_DIG__ == 113
/* binary128 -> binary64, rounded to nearest, ties to even. */
static uint64_t quad_to_double(uint64_t hi, uint64_t lo)
{
	uint64_t sign = hi & (1ULL << 63), sig, rest, r;
	int exp = (int)((hi >> 48) & 0x7fff), e, shift, round, sticky;

	if (exp == 0x7fff) { /* inf, or NaN (kept quiet and non-zero) */
		sig = ((hi & 0xffffffffffffULL) << 4) | (lo >> 60);
		return sign | (0x7ffULL << 52) |
		       (sig || lo ? sig | (1ULL << 51) : 0);
	}
	if (exp == 0)
		return sign; /* zero or far below the doubles: 0 */
	e = exp - 16383 + 1023;
	if (e >= 0x7ff)
		return sign | (0x7ffULL << 52); /* overflow: inf */
	sig = (1ULL << 52) | ((hi & 0xffffffffffffULL) << 4) | (lo >> 60);
	rest = lo << 4; /* the 60 bits below, at the top */
	if (e >= 1) {
		r = sign | ((uint64_t)e << 52) | (sig & ((1ULL << 52) - 1));
		round = (int)(rest >> 63);
		sticky = (rest << 1) != 0;
		/* a carry may reach the exponent: still right, up to inf */
		return r + (round && (sticky || (r & 1)));
	}
	shift = 1 - e; /* a subnormal double */
	if (shift >= 60)
		return sign;
	r = sig >> shift;
	round = (int)((sig >> (shift - 1)) & 1);
	sticky = (sig & ((1ULL << (shift - 1)) - 1)) != 0 || rest != 0;
	return sign | (r + (round && (sticky || (r & 1))));
}
#endif

uint64_t fmt_long_double_bits(long double v)
{
#if __LDBL_MANT_DIG__ == 113
	uint64_t w[2];

	__builtin_memcpy(w, &v, sizeof(w)); /* little-endian: w[1] is high */
	return quad_to_double(w[1], w[0]);
#else
	double d = (double)v; /* x86_64: x87 does it, rounding to nearest */
	uint64_t bits;

	__builtin_memcpy(&bits, &d, sizeof(bits));
	return bits;
#endif
}
