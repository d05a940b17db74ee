/* SPDX-License-Identifier: BSD-3-Clause */
/* strtol and friends, all built on one parser of magnitudes. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>

static int digit_value(int c)
{
	if (isdigit(c))
		return c - '0';
	if (islower(c))
		return c - 'a' + 10;
	if (isupper(c))
		return c - 'A' + 10;
	return 36; /* larger than any base */
}

/*
 * Parse "[blanks][+-][prefix]digits" and return the magnitude, clamped
 * to poslimit (or neglimit when a '-' was seen) with errno = ERANGE.
 * *neg tells whether there was a '-', *ovf whether the value was clamped.
 * On no digits, *endptr = s.
 */
static uintmax_t parse(const char *s, char **endptr, int base,
		       uintmax_t poslimit, uintmax_t neglimit, bool *neg,
		       bool *ovf)
{
	const char *p = s;
	uintmax_t v = 0, limit;
	bool any = false, overflow = false;
	int d;

	*neg = false;
	*ovf = false;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (endptr)
			*endptr = (char *)s;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';

	/* A 0x prefix counts only if a hex digit follows it. */
	if ((base == 0 || base == 16) && p[0] == '0' &&
	    (p[1] == 'x' || p[1] == 'X') &&
	    digit_value((unsigned char)p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}

	limit = *neg ? neglimit : poslimit;
	for (; (d = digit_value((unsigned char)*p)) < base; p++) {
		any = true;
		if (overflow)
			continue;
		if (v > (limit - (uintmax_t)d) / (uintmax_t)base) {
			overflow = true;
			v = limit;
		} else {
			v = v * (uintmax_t)base + (uintmax_t)d;
		}
	}
	if (endptr)
		*endptr = (char *)(any ? p : s);
	if (overflow) {
		errno = ERANGE;
		*ovf = true;
	}
	return v;
}

/* Signed result from a magnitude already clamped to [0, -min]. */
static intmax_t to_signed(uintmax_t mag, bool neg)
{
	if (!neg)
		return (intmax_t)mag;
	return mag ? -(intmax_t)(mag - 1) - 1 : 0;
}

long strtol(const char *restrict s, char **restrict endptr, int base)
{
	bool neg, ovf;
	uintmax_t m = parse(s, endptr, base, LONG_MAX, (uintmax_t)LONG_MAX + 1,
			    &neg, &ovf);

	return (long)to_signed(m, neg);
}

long long strtoll(const char *restrict s, char **restrict endptr, int base)
{
	bool neg, ovf;
	uintmax_t m = parse(s, endptr, base, LLONG_MAX,
			    (uintmax_t)LLONG_MAX + 1, &neg, &ovf);

	return (long long)to_signed(m, neg);
}

intmax_t strtoimax(const char *restrict s, char **restrict endptr, int base)
{
	bool neg, ovf;
	uintmax_t m = parse(s, endptr, base, INTMAX_MAX,
			    (uintmax_t)INTMAX_MAX + 1, &neg, &ovf);

	return to_signed(m, neg);
}

unsigned long strtoul(const char *restrict s, char **restrict endptr, int base)
{
	bool neg, ovf;
	unsigned long m = (unsigned long)parse(s, endptr, base, ULONG_MAX,
					       ULONG_MAX, &neg, &ovf);

	/* "-N" is -N in unsigned arithmetic, except on overflow. */
	return neg && !ovf ? -m : m;
}

unsigned long long strtoull(const char *restrict s, char **restrict endptr,
			    int base)
{
	bool neg, ovf;
	unsigned long long m =
		parse(s, endptr, base, ULLONG_MAX, ULLONG_MAX, &neg, &ovf);

	return neg && !ovf ? -m : m;
}

uintmax_t strtoumax(const char *restrict s, char **restrict endptr, int base)
{
	bool neg, ovf;
	uintmax_t m =
		parse(s, endptr, base, UINTMAX_MAX, UINTMAX_MAX, &neg, &ovf);

	return neg && !ovf ? -m : m;
}
