/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * math.h - the constants and classification macros that go with strtod
 * and printf's %f (nolibc), and M_PI & co. No functions (no sin, pow,
 * ...: link libm, whose math.h has them and the same constants). Like
 * strtod, present only on targets with floating point (see
 * __nolibc_fp.h); elsewhere this header defines nothing. All of it maps
 * to compiler built-ins.
 *
 * In an image with libm (CONFIG_LIBLIBM), this header is libm's: an app
 * sees the include folders in library order, nolibc's before libm's, so
 * <math.h> would otherwise find this one and no function declarations.
 */
#ifndef _NOLIBC_MATH_H
#define _NOLIBC_MATH_H

#if defined(CONFIG_LIBLIBM) && defined(__has_include_next)
#if __has_include_next(<math.h>)
#include_next <math.h>
#define __NOLIBC_MATH_IS_LIBM 1
#endif
#endif

#include <__nolibc_fp.h>

#if __NOLIBC_HAVE_FP && !defined(__NOLIBC_MATH_IS_LIBM)
/** What strtod returns on overflow: +infinity (double, float, long double). */
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
/** Positive infinity and a quiet NaN, as float constants. */
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")

/** Classification of any real floating type. */
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
/** Non-zero when the sign bit of x is set (also for -0.0 and NaNs). */
#define signbit(x) __builtin_signbit(x)

/** POSIX's constants (the same spellings as libm's math.h). */
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
#endif

#endif /* _NOLIBC_MATH_H */
