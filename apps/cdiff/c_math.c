/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * math.h (C11 7.12) where C fixes the result exactly, printed with %a:
 * fabs, floor, ceil, trunc, round (ties away from zero), lround,
 * llround, nearbyint and rint in the default rounding mode (ties to
 * even), fmod, remainder, remquo, frexp, ldexp, modf, copysign,
 * nextafter, fmax, fmin, fdim, the classification macros, sqrt.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include "cdiff.h"

static const char *cls(double x)
{
	switch (fpclassify(x)) {
	case FP_NAN: return "nan";
	case FP_INFINITE: return "inf";
	case FP_ZERO: return "zero";
	case FP_SUBNORMAL: return "sub";
	case FP_NORMAL: return "normal";
	}
	return "?";
}

/* NaN's sign and payload are not fixed: print only "nan". */
static const char *hx(char *buf, size_t n, double x)
{
	if (isnan(x))
		snprintf(buf, n, "nan");
	else
		snprintf(buf, n, "%a", x);
	return buf;
}

void cd_math(void)
{
	double v[22];
	size_t i;
	char b[8][40], label[64];

	v[0] = 0.0;
	v[1] = -0.0;
	v[2] = 0.5;
	v[3] = -0.5;
	v[4] = 1.5;
	v[5] = -1.5;
	v[6] = 2.5;
	v[7] = -2.5;
	v[8] = 0.49999999999999994;
	v[9] = 4503599627370495.5;
	v[10] = 4503599627370497.0;
	v[11] = 1e300;
	v[12] = DBL_MIN / 4;
	v[13] = INFINITY;
	v[14] = -INFINITY;
	v[15] = NAN;
	v[16] = 3.7;
	v[17] = -3.7;
	v[18] = 1.0 / 3.0;
	v[19] = DBL_MAX;
	v[20] = 2.0;
	v[21] = 0x1p-1074;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		double x = v[i];

		snprintf(label, sizeof(label), "math %s", hx(b[7], 40, x));
		cd_line(label,
			"fabs=%s floor=%s ceil=%s trunc=%s round=%s nearbyint=%s rint=%s",
			hx(b[0], 40, fabs(x)), hx(b[1], 40, floor(x)),
			hx(b[2], 40, ceil(x)), hx(b[3], 40, trunc(x)),
			hx(b[4], 40, round(x)), hx(b[5], 40, nearbyint(x)),
			hx(b[6], 40, rint(x)));
		if (isfinite(x) && fabs(x) < 1e18)
			cd_line(label, "lround=%ld llround=%lld", lround(x),
				llround(x));
		{
			int e = 12345;
			double m = frexp(x, &e), ip = -9;
			double f = modf(x, &ip);

			if (isfinite(x))
				cd_line(label, "frexp=%s,%d modf=%s,%s",
					hx(b[0], 40, m), e, hx(b[1], 40, f),
					hx(b[2], 40, ip));
			else
				cd_line(label, "frexp=%s modf=%s,%s",
					hx(b[0], 40, m), hx(b[1], 40, f),
					hx(b[2], 40, ip));
		}
		cd_line(label,
			"class=%s isnan=%d isinf=%d isfinite=%d isnormal=%d signbit=%d",
			cls(x), isnan(x) != 0, isinf(x) != 0, isfinite(x) != 0,
			isnormal(x) != 0, isnan(x) ? 0 : signbit(x) != 0);
		cd_line(label, "sqrt=%s copysign=%s,%s nextafter=%s,%s",
			hx(b[0], 40, sqrt(x)), hx(b[1], 40, copysign(1.0, x)),
			hx(b[2], 40, copysign(x, -1.0)),
			hx(b[3], 40, nextafter(x, INFINITY)),
			hx(b[4], 40, nextafter(x, 0.0)));
	}
	{
		static const double p[][2] = {
			{ 5, 2 },	 { 7, 2 },     { -5, 2 },
			{ 5, -2 },	 { 5.5, 1 },   { -7.5, 2 },
			{ 1, 0.1 },	 { 1e300, 3 }, { 0x1p-1074, 0x1p-1073 },
			{ 6, 4 },	 { 10, 4 },    { -0.0, 1 },
			{ 3, INFINITY }, { 0, 5 }
		};
		for (i = 0; i < sizeof(p) / sizeof(p[0]); i++) {
			int q = 777;
			double r = remquo(p[i][0], p[i][1], &q);

			snprintf(label, sizeof(label), "math %a,%a", p[i][0],
				 p[i][1]);
			cd_line(label,
				"fmod=%s remainder=%s remquo=%s,%+d fmax=%s fmin=%s fdim=%s",
				hx(b[0], 40, fmod(p[i][0], p[i][1])),
				hx(b[1], 40, remainder(p[i][0], p[i][1])),
				hx(b[2], 40, r), q < 0 ? -(-q & 7) : q & 7,
				hx(b[3], 40, fmax(p[i][0], p[i][1])),
				hx(b[4], 40, fmin(p[i][0], p[i][1])),
				hx(b[5], 40, fdim(p[i][0], p[i][1])));
		}
	}
	{
		int e;
		double m;

		cd_line("math ldexp", "%a %a %a %a %a", ldexp(1, 1023),
			ldexp(1, 1024), ldexp(1, -1074), ldexp(1, -1075),
			ldexp(0x1.8p0, -1075));
		cd_line("math ldexp2", "%a %a %a", ldexp(-3, 4),
			ldexp(0x1p-1074, 1074), ldexp(DBL_MAX, -2000));
		m = frexp(0x1p-1074, &e);

		cd_line("math frexp", "%a,%d", m, e);
		m = frexp(-DBL_MAX, &e);
		cd_line("math frexp2", "%a,%d", m, e);
		cd_line("math sqrt", "%a %a %a %a", sqrt(2.0), sqrt(0x1p-1074),
			sqrt(DBL_MAX), sqrt(1e-300));
		cd_line("math sqrt -0 -1", "%a %d", sqrt(-0.0),
			isnan(sqrt(-1.0)) != 0);
		cd_line("math nextafter", "%a %a %a %a", nextafter(0.0, 1.0),
			nextafter(0.0, -1.0), nextafter(1.0, 2.0),
			nextafter(DBL_MAX, INFINITY));
		cd_line("math nextafter eq", "%a %a", nextafter(-0.0, 0.0),
			nextafter(0.0, -0.0));
		cd_line("math fmax nan", "%a %a", fmax(NAN, 1.0),
			fmin(2.0, NAN));
		cd_line("math float", "%a %a %a %a", (double)floorf(-1.5f),
			(double)roundf(2.5f), (double)sqrtf(2.0f),
			(double)nextafterf(1.0f, 0.0f));
		cd_line("math lround", "%ld %ld %ld %ld", lround(0.5),
			lround(-0.5), lround(2.5), lround(-3.5));
	}
}
