/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * math.h - C99 mathematics (libm): the double and float functions, the
 * classification and comparison macros, and the M_* constants. The
 * functions are musl's (src/math, MIT), built from Debian's musl source
 * package by the upstream mechanism (docs/upstream.md); this header is
 * ours. Accuracy: within 1 ulp of the exact result for the functions
 * glibc also gets within 1 ulp (libs/libm/tests/glibc_compare.c checks).
 *
 * Errors are reported through the floating-point exception flags
 * (<fenv.h>), never through errno: math_errhandling is MATH_ERREXCEPT.
 * The long double (l) variants and nexttoward are not provided.
 *
 * Needs floating-point registers, which every target has (on arm64:
 * docs/arm64.md, "FP and SIMD"). Code compiled with -mgeneral-regs-only
 * would pass doubles in the wrong registers, so this header stops such
 * a compile.
 */
#ifndef _LIBM_MATH_H
#define _LIBM_MATH_H

#if defined(__aarch64__) && !defined(__ARM_NEON)
#error "libm: this target is compiled without floating-point registers (-mgeneral-regs-only); <math.h> is not available"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Evaluation types: FLT_EVAL_METHOD is 0 on x86_64 (SSE) and arm64. */
typedef float float_t;
typedef double double_t;

/** +infinity as double, float and long double; a quiet NaN and +infinity as floats. */
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")

/** How errors are reported: by floating-point exceptions only. */
#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERREXCEPT

/** What ilogb returns for 0 and for a NaN. */
#define FP_ILOGBNAN (-1 - 0x7fffffff)
#define FP_ILOGB0 FP_ILOGBNAN

/** fpclassify() results. */
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#ifdef __FP_FAST_FMA
#define FP_FAST_FMA 1
#endif
#ifdef __FP_FAST_FMAF
#define FP_FAST_FMAF 1
#endif

/** Classification of any real floating value (type-generic, no function call). */
#define fpclassify(x)                                                      \
	__builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, \
			     FP_ZERO, (x))
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
/** Non-zero when the sign bit is set (also for -0.0 and NaNs). */
#define signbit(x) __builtin_signbit(x)

/** Comparisons that raise no exception for NaNs (false when unordered). */
#define isgreater(x, y) __builtin_isgreater((x), (y))
#define isgreaterequal(x, y) __builtin_isgreaterequal((x), (y))
#define isless(x, y) __builtin_isless((x), (y))
#define islessequal(x, y) __builtin_islessequal((x), (y))
#define islessgreater(x, y) __builtin_islessgreater((x), (y))
#define isunordered(x, y) __builtin_isunordered((x), (y))

/* Constants (POSIX/XSI): e, log2(e), log10(e), ln 2, ln 10, pi, pi/2,
 * pi/4, 1/pi, 2/pi, 2/sqrt(pi), sqrt(2), 1/sqrt(2). */
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

/* Each function has a float variant with the suffix f (sinf, powf, ...). */

/** Trigonometric functions, in radians; atan2(y, x) is the angle of (x, y). */
double acos(double x);
float acosf(float x);
double asin(double x);
float asinf(float x);
double atan(double x);
float atanf(float x);
double atan2(double y, double x);
float atan2f(float y, float x);
double cos(double x);
float cosf(float x);
double sin(double x);
float sinf(float x);
double tan(double x);
float tanf(float x);
/** sin(x) into *s and cos(x) into *c at once (GNU). */
void sincos(double x, double *s, double *c);
void sincosf(float x, float *s, float *c);

/** Hyperbolic functions and their inverses. */
double acosh(double x);
float acoshf(float x);
double asinh(double x);
float asinhf(float x);
double atanh(double x);
float atanhf(float x);
double cosh(double x);
float coshf(float x);
double sinh(double x);
float sinhf(float x);
double tanh(double x);
float tanhf(float x);

/** e^x, 2^x, 10^x (GNU), e^x - 1 (exact near 0). */
double exp(double x);
float expf(float x);
double exp2(double x);
float exp2f(float x);
double exp10(double x);
float exp10f(float x);
double expm1(double x);
float expm1f(float x);

/** Natural, base-2 and base-10 logarithms; log1p(x) = log(1 + x), exact near 0. */
double log(double x);
float logf(float x);
double log2(double x);
float log2f(float x);
double log10(double x);
float log10f(float x);
double log1p(double x);
float log1pf(float x);
/** The unbiased exponent of x, as a double (logb) or an int (ilogb). */
double logb(double x);
float logbf(float x);
int ilogb(double x);
int ilogbf(float x);

/** Split x into a fraction in [0.5, 1) and a power of 2 stored in *e. */
double frexp(double x, int *e);
float frexpf(float x, int *e);
/** x * 2^e, exactly unless it over- or underflows. */
double ldexp(double x, int e);
float ldexpf(float x, int e);
double scalbn(double x, int e);
float scalbnf(float x, int e);
double scalbln(double x, long e);
float scalblnf(float x, long e);
/** Split x into integral part (stored in *ip) and fraction, both with x's sign. */
double modf(double x, double *ip);
float modff(float x, float *ip);

/** x^y, square root, cube root, sqrt(x*x + y*y) without undue overflow. */
double pow(double x, double y);
float powf(float x, float y);
double sqrt(double x);
float sqrtf(float x);
double cbrt(double x);
float cbrtf(float x);
double hypot(double x, double y);
float hypotf(float x, float y);

/** |x|; x with the sign of y. */
double fabs(double x);
float fabsf(float x);
double copysign(double x, double y);
float copysignf(float x, float y);

/** Error function, complementary error function, log|gamma|, gamma. */
double erf(double x);
float erff(float x);
double erfc(double x);
float erfcf(float x);
double lgamma(double x);
float lgammaf(float x);
/** lgamma with the sign of gamma(x) stored in *sign instead of signgam. */
double lgamma_r(double x, int *sign);
float lgammaf_r(float x, int *sign);
double tgamma(double x);
float tgammaf(float x);
/** The sign of gamma at the last lgamma call (XSI). */
extern int signgam;

/** Bessel functions of the first (j) and second (y) kind (XSI; f variants GNU). */
double j0(double x);
float j0f(float x);
double j1(double x);
float j1f(float x);
double jn(int n, double x);
float jnf(int n, float x);
double y0(double x);
float y0f(float x);
double y1(double x);
float y1f(float x);
double yn(int n, double x);
float ynf(int n, float x);

/** Rounding to an integral value: up, down, toward zero, half away from zero. */
double ceil(double x);
float ceilf(float x);
double floor(double x);
float floorf(float x);
double trunc(double x);
float truncf(float x);
double round(double x);
float roundf(float x);
long lround(double x);
long lroundf(float x);
long long llround(double x);
long long llroundf(float x);
/** Rounding in the current rounding mode; rint may raise inexact, nearbyint does not. */
double rint(double x);
float rintf(float x);
double nearbyint(double x);
float nearbyintf(float x);
long lrint(double x);
long lrintf(float x);
long long llrint(double x);
long long llrintf(float x);

/** Remainders: x - n*y with n truncated (fmod) or nearest (remainder; remquo also gives n's low bits). */
double fmod(double x, double y);
float fmodf(float x, float y);
double remainder(double x, double y);
float remainderf(float x, float y);
double remquo(double x, double y, int *q);
float remquof(float x, float y, int *q);

/** A quiet NaN; the next representable value after x toward y. */
double nan(const char *tag);
float nanf(const char *tag);
double nextafter(double x, double y);
float nextafterf(float x, float y);

/** max(x - y, 0), maximum and minimum (a NaN operand is ignored), x*y + z rounded once. */
double fdim(double x, double y);
float fdimf(float x, float y);
double fmax(double x, double y);
float fmaxf(float x, float y);
double fmin(double x, double y);
float fminf(float x, float y);
double fma(double x, double y, double z);
float fmaf(float x, float y, float z);

#ifdef __cplusplus
}
#endif

#endif /* _LIBM_MATH_H */
