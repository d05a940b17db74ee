/* SPDX-License-Identifier: BSD-3-Clause */
/* A parsed number as the bits of a binary format (see strtod_priv.h). */
#include "strtod_priv.h"

uint64_t strtod_bits(const struct strtod_value *v, const struct fp_format *f,
		     bool *range)
{
	const uint64_t inf = (uint64_t)(2 * f->emax + 1) << (f->mant - 1);
	uint64_t bits;

	*range = false;
	switch (v->kind) {
	case STRTOD_NUM:
		bits = fp_round(v->q, v->e2, v->sticky, f, range);
		break;
	case STRTOD_HUGE:
		*range = true;
		/* fall through */
	case STRTOD_INF: bits = inf; break;
	case STRTOD_TINY:
		*range = true;
		bits = 0;
		break;
	case STRTOD_NAN:
		bits = inf | (uint64_t)1 << (f->mant - 2); /* quiet NaN */
		break;
	default: bits = 0; break;
	}
	return v->neg ? bits | (uint64_t)1 << (f->width - 1) : bits;
}
