/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fp_arch.h - floating-point barriers for musl's libm.h (libm glue).
 * fp_barrier*(x) returns x, but the compiler must assume it changed;
 * fp_force_eval*(x) makes x be computed (for the exception it raises)
 * even though the result is unused. An empty asm with the value in a
 * floating-point register (x86_64 "x", arm64 "w"; long double in
 * memory) does both, where libm.h's volatile fallbacks would warn.
 */
#ifndef _LIBM_GLUE_FP_ARCH_H
#define _LIBM_GLUE_FP_ARCH_H

#if defined(__x86_64__)
#define LIBM_FPREG "x"
#else
#define LIBM_FPREG "w"
#endif

#define fp_barrierf fp_barrierf
static inline float fp_barrierf(float x)
{
	__asm__ __volatile__("" : "+" LIBM_FPREG(x));
	return x;
}

#define fp_barrier fp_barrier
static inline double fp_barrier(double x)
{
	__asm__ __volatile__("" : "+" LIBM_FPREG(x));
	return x;
}

#define fp_barrierl fp_barrierl
static inline long double fp_barrierl(long double x)
{
	__asm__ __volatile__("" : "+m"(x));
	return x;
}

#define fp_force_evalf fp_force_evalf
static inline void fp_force_evalf(float x)
{
	__asm__ __volatile__("" : "+" LIBM_FPREG(x));
}

#define fp_force_eval fp_force_eval
static inline void fp_force_eval(double x)
{
	__asm__ __volatile__("" : "+" LIBM_FPREG(x));
}

#define fp_force_evall fp_force_evall
static inline void fp_force_evall(long double x)
{
	__asm__ __volatile__("" : "+m"(x));
}

#endif
