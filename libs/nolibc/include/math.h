/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * math.h - the constants and classification macros that go with strtod
 * and printf's %f (nolibc). No functions (no sin, pow, ...). Like
 * strtod, present only on targets with floating point (see
 * __nolibc_fp.h); elsewhere this header defines nothing. All of it maps
 * to compiler built-ins.
 */
#ifndef _NOLIBC_MATH_H
#define _NOLIBC_MATH_H

#include <__nolibc_fp.h>

#if __NOLIBC_HAVE_FP
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
#endif

#endif /* _NOLIBC_MATH_H */
