/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * locale.h and errno.h where C11 fixes them: the "C" locale's name and
 * localeconv() values (7.11.2.1), EDOM, EILSEQ and ERANGE distinct and
 * positive (7.5), errno 0 at start-up.
 */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include "cdiff.h"

void cd_locale(void)
{
	const struct lconv *l;
	const char *name;

	cd_line("locale errno at start", "%d", errno);
	name = setlocale(LC_ALL, NULL);
	cd_str("locale LC_ALL", name);
	name = setlocale(LC_NUMERIC, "C");
	cd_str("locale set C", name);
	l = localeconv();
	cd_str("locale decimal_point", l->decimal_point);
	cd_str("locale thousands_sep", l->thousands_sep);
	cd_str("locale grouping", l->grouping);
	cd_str("locale mon_decimal_point", l->mon_decimal_point);
	cd_str("locale currency_symbol", l->currency_symbol);
	cd_str("locale int_curr_symbol", l->int_curr_symbol);
	cd_str("locale positive_sign", l->positive_sign);
	cd_str("locale negative_sign", l->negative_sign);
	cd_line("locale chars", "%d %d %d %d %d %d %d %d %d %d %d %d %d %d",
		l->int_frac_digits == CHAR_MAX, l->frac_digits == CHAR_MAX,
		l->p_cs_precedes == CHAR_MAX, l->p_sep_by_space == CHAR_MAX,
		l->n_cs_precedes == CHAR_MAX, l->n_sep_by_space == CHAR_MAX,
		l->p_sign_posn == CHAR_MAX, l->n_sign_posn == CHAR_MAX,
		l->int_p_cs_precedes == CHAR_MAX,
		l->int_p_sep_by_space == CHAR_MAX,
		l->int_n_cs_precedes == CHAR_MAX,
		l->int_n_sep_by_space == CHAR_MAX,
		l->int_p_sign_posn == CHAR_MAX, l->int_n_sign_posn == CHAR_MAX);
	cd_line("locale errno values", "%d %d %d",
		EDOM > 0 && ERANGE > 0 && EILSEQ > 0,
		EDOM != ERANGE && EDOM != EILSEQ && ERANGE != EILSEQ, errno);
}
