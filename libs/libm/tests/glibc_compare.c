/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libm against the host's glibc: every function on many random inputs
 * (fixed seed), each result's error measured in ulps against a more
 * precise reference (glibc's long double function for double, its
 * double function for float). musl's code is linked into this program;
 * glibc's libm is opened with dlopen, so both are called side by side.
 *
 * A function passes when libm is within 1 ulp wherever glibc is, and no
 * worse than glibc elsewhere, except for the few whose documented bound
 * below is musl's measured one (printed as "bound"). Exact functions
 * (floor, fmod, fmax, ...) must equal glibc's result bit for bit.
 * Signalling NaNs are out of scope (musl leaves them to the hardware).
 * Prints one line per function: the largest error of each, and the
 * input where libm's was.
 */
#include <dlfcn.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 20000

typedef double (*d1_t)(double);
typedef double (*d2_t)(double, double);
typedef float (*f1_t)(float);
typedef float (*f2_t)(float, float);
typedef long double (*l1_t)(long double);
typedef long double (*l2_t)(long double, long double);

struct fn {
	const char *name;
	int arity;
	int exact;
	double lo, hi; /* the range of half the inputs; the rest are any bits */
	void *ours, *ours_f;
};

/* Through volatile pointers: the compiler cannot fold or replace the calls. */
/* clang-format off */
#define D1(n, lo, hi) { #n, 1, 0, lo, hi, (void *)(d1_t)n, (void *)(f1_t)n##f }
#define D2(n, lo, hi) { #n, 2, 0, lo, hi, (void *)(d2_t)n, (void *)(f2_t)n##f }
#define X1(n, lo, hi) { #n, 1, 1, lo, hi, (void *)(d1_t)n, (void *)(f1_t)n##f }
#define X2(n, lo, hi) { #n, 2, 1, lo, hi, (void *)(d2_t)n, (void *)(f2_t)n##f }
/* Exact, but C leaves the sign of a zero result open (fmax(+0, -0): F.10.9.2). */
#define Z2(n, lo, hi) { #n, 2, 2, lo, hi, (void *)(d2_t)n, (void *)(f2_t)n##f }
/* clang-format on */

static const struct fn fns[] = {
	D1(sin, -10, 10),     D1(cos, -10, 10),		D1(tan, -3, 3),
	D1(asin, -1, 1),      D1(acos, -1, 1),		D1(atan, -100, 100),
	D2(atan2, -10, 10),   D1(sinh, -20, 20),	D1(cosh, -20, 20),
	D1(tanh, -20, 20),    D1(asinh, -100, 100),	D1(acosh, 1, 100),
	D1(atanh, -1, 1),     D1(exp, -700, 700),	D1(exp2, -1000, 1000),
	D1(expm1, -5, 5),     D1(log, 0, 1000),		D1(log2, 0, 1000),
	D1(log10, 0, 1000),   D1(log1p, -0.9, 10),	D2(pow, 0, 100),
	D1(sqrt, 0, 1e6),     D1(cbrt, -1e6, 1e6),	D2(hypot, -1e3, 1e3),
	D1(erf, -5, 5),	      D1(erfc, -5, 20),		D1(lgamma, -50, 50),
	D1(tgamma, -20, 50),  X1(floor, -1e6, 1e6),	X1(ceil, -1e6, 1e6),
	X1(trunc, -1e6, 1e6), X1(round, -1e6, 1e6),	X1(rint, -1e6, 1e6),
	X2(fmod, -1e3, 1e3),  X2(remainder, -1e3, 1e3), X1(fabs, -1e6, 1e6),
	X1(logb, -1e6, 1e6),  X2(copysign, -10, 10),	X2(fdim, -10, 10),
	Z2(fmax, -10, 10),    Z2(fmin, -10, 10),	X2(nextafter, -10, 10),
};

/*
 * Where musl's error is above glibc's (or above 1 ulp where glibc's is
 * below): musl's measured bound. atan2: fdlibm's, in the third quadrant;
 * lgamma: near its zeros on the negative axis (x = -2.7476...), where
 * the result is tiny and every implementation loses relative accuracy;
 * tgamma: for large negative x.
 */
static const struct {
	const char *name;
	double ulps;
} bounds[] = {
	{ "atan2", 1.5 },
	{ "lgamma", 300 },
	{ "lgammaf", 100 },
	{ "tgamma", 6.5 },
};

static double bound_of(const char *name)
{
	unsigned i;

	for (i = 0; i < sizeof(bounds) / sizeof(bounds[0]); i++)
		if (!strcmp(bounds[i].name, name))
			return bounds[i].ulps;
	return 0;
}

static uint64_t state = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static double any_double(void)
{
	uint64_t b = next();
	double d;

	/* A NaN is made quiet. */
	if ((b & 0x7ff0000000000000u) == 0x7ff0000000000000u &&
	    (b & 0x000fffffffffffffu))
		b |= 0x0008000000000000u;

	memcpy(&d, &b, sizeof(d));
	return d;
}

static double in_range(double lo, double hi)
{
	return lo + (hi - lo) * ((double)(next() >> 11) / 9007199254740992.0);
}

/* The size of one ulp of a double (or, with mant 24, a float) near ref. */
static long double ulp(long double ref, int mant, int minexp)
{
	int e;

	if (ref == 0)
		return __builtin_ldexpl(1, minexp - mant);
	__builtin_frexpl(ref, &e);
	if (e < minexp)
		e = minexp;
	return __builtin_ldexpl(1, e - mant);
}

/*
 * Error of got against ref in ulps of the result type; 0 when both are the
 * same NaN/infinity class, a huge value when only one is.
 */
static double err(long double got, long double ref, int mant, int minexp,
		  long double max)
{
	if (isnan(got) || isnan(ref))
		return isnan(got) && isnan(ref) ? 0 : 1e9;
	if (isinf(got) || isinf(ref) || __builtin_fabsl(ref) > max) {
		/* ref beyond the type's range: the result must be that infinity. */
		long double r = __builtin_fabsl(ref) > max
					? __builtin_copysignl(INFINITY, ref)
					: ref;
		return got == r ? 0 : 1e9;
	}
	return (double)(__builtin_fabsl(got - ref) / ulp(ref, mant, minexp));
}

struct worst {
	double ours, theirs, x, y;
};

static void note(struct worst *w, double ours, double theirs, double x,
		 double y)
{
	if (ours > w->ours) {
		w->ours = ours;
		w->x = x;
		w->y = y;
	}
	if (theirs > w->theirs)
		w->theirs = theirs;
}

static int judge(const char *name, int exact, const struct worst *w)
{
	double bound = bound_of(name);
	int ok;

	if (exact) {
		ok = w->ours == 0;
		printf("%-10s %s glibc bit for bit (first difference at %a, %a) %s\n",
		       name, ok ? "equals" : "differs from", w->x, w->y,
		       ok ? "ok" : "FAIL");
		return ok;
	}
	ok = w->ours <= (w->theirs <= 1.0 ? 1.0 : w->theirs) ||
	     w->ours <= bound;
	printf("%-10s libm %8.3f ulp  glibc %8.3f ulp%s  (libm worst at %a, %a) %s\n",
	       name, w->ours, w->theirs, bound ? "  (bound)" : "", w->x, w->y,
	       ok ? "ok" : "FAIL");
	return ok;
}

/*
 * 0 when a and b are the same value (any NaN equals any NaN; +0 equals -0
 * when zero_sign says its sign is open), else 1e9.
 */
static double same(double a, double b, int zero_sign)
{
	if (isnan(a) || isnan(b))
		return isnan(a) && isnan(b) ? 0 : 1e9;
	if (zero_sign && a == 0 && b == 0)
		return 0;
	return memcmp(&a, &b, sizeof(a)) ? 1e9 : 0;
}

static int check(void *glibc, const struct fn *f)
{
	char lname[32], fname[32];
	void *theirs = dlsym(glibc, f->name);
	void *theirs_l, *theirs_f;
	struct worst wd = { 0, 0, 0, 0 }, wf = { 0, 0, 0, 0 };
	int i, ok;

	snprintf(lname, sizeof(lname), "%sl", f->name);
	snprintf(fname, sizeof(fname), "%sf", f->name);
	theirs_l = dlsym(glibc, lname);
	theirs_f = dlsym(glibc, fname);
	if (!theirs || !theirs_l || !theirs_f) {
		printf("%-10s glibc has no %s/%s/%s\n", f->name, f->name, lname,
		       fname);
		return 0;
	}
	for (i = 0; i < N; i++) {
		double x = i & 1 ? any_double() : in_range(f->lo, f->hi);
		double y = i & 2 ? any_double() : in_range(f->lo, f->hi);
		float xf = (float)x, yf = (float)y;
		long double ref;
		double ref_f;
		double ours, their;
		float ours_f, their_f;

		if (f->arity == 1) {
			ref = ((volatile l1_t)theirs_l)(x);
			ours = ((volatile d1_t)f->ours)(x);
			their = ((volatile d1_t)theirs)(x);
			ref_f = ((volatile d1_t)theirs)(xf);
			ours_f = ((volatile f1_t)f->ours_f)(xf);
			their_f = ((volatile f1_t)theirs_f)(xf);
		} else {
			ref = ((volatile l2_t)theirs_l)(x, y);
			ours = ((volatile d2_t)f->ours)(x, y);
			their = ((volatile d2_t)theirs)(x, y);
			ref_f = ((volatile d2_t)theirs)(xf, yf);
			ours_f = ((volatile f2_t)f->ours_f)(xf, yf);
			their_f = ((volatile f2_t)theirs_f)(xf, yf);
		}
		if (f->exact) {
			if (!wd.ours)
				note(&wd, same(ours, their, f->exact == 2), 0,
				     x, y);
			if (!wf.ours)
				note(&wf, same(ours_f, their_f, f->exact == 2),
				     0, xf, yf);
			continue;
		}
		note(&wd, err(ours, ref, DBL_MANT_DIG, DBL_MIN_EXP, DBL_MAX),
		     err(their, ref, DBL_MANT_DIG, DBL_MIN_EXP, DBL_MAX), x, y);
		note(&wf,
		     err(ours_f, ref_f, FLT_MANT_DIG, FLT_MIN_EXP, FLT_MAX),
		     err(their_f, ref_f, FLT_MANT_DIG, FLT_MIN_EXP, FLT_MAX),
		     xf, yf);
	}
	ok = judge(f->name, f->exact, &wd);
	ok &= judge(fname, f->exact, &wf);
	return ok;
}

int main(void)
{
	void *glibc = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
	unsigned i, failed = 0;

	if (!glibc) {
		printf("cannot open glibc's libm: %s\n", dlerror());
		return 1;
	}
	for (i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
		failed += !check(glibc, &fns[i]);
	printf("%u of %u functions (double and float) within bounds\n",
	       (unsigned)(sizeof(fns) / sizeof(fns[0])) - failed,
	       (unsigned)(sizeof(fns) / sizeof(fns[0])));
	return failed != 0;
}
