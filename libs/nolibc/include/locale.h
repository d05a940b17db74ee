/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * locale.h - the C locale only (nolibc).
 *
 * setlocale() accepts "C", "POSIX" and "" (the environment's choice,
 * which is "C" here) for every category and refuses any other name;
 * localeconv() describes the C locale ("." as decimal point, no
 * grouping, no currency).
 */
#ifndef _NOLIBC_LOCALE_H
#define _NOLIBC_LOCALE_H

#ifdef __cplusplus
extern "C" {
#endif

/** Categories, with glibc's values. */
#define LC_CTYPE 0
#define LC_NUMERIC 1
#define LC_TIME 2
#define LC_COLLATE 3
#define LC_MONETARY 4
#define LC_MESSAGES 5
#define LC_ALL 6

/** Numeric and monetary formatting of a locale (C's fields). */
struct lconv {
	char *decimal_point;
	char *thousands_sep;
	char *grouping;
	char *int_curr_symbol;
	char *currency_symbol;
	char *mon_decimal_point;
	char *mon_thousands_sep;
	char *mon_grouping;
	char *positive_sign;
	char *negative_sign;
	char int_frac_digits;
	char frac_digits;
	char p_cs_precedes;
	char p_sep_by_space;
	char n_cs_precedes;
	char n_sep_by_space;
	char p_sign_posn;
	char n_sign_posn;
	char int_p_cs_precedes;
	char int_p_sep_by_space;
	char int_n_cs_precedes;
	char int_n_sep_by_space;
	char int_p_sign_posn;
	char int_n_sign_posn;
};

/**
 * Query (name NULL) or set category's locale. Returns "C", or NULL for
 * a name other than "C", "POSIX" or "", or a bad category.
 */
char *setlocale(int category, const char *name);

/** The current (C) locale's conventions. */
struct lconv *localeconv(void);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_LOCALE_H */
