/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fenv.h - the floating-point environment (libm, ours): exception flags
 * and rounding mode of the SSE unit (and the x87's, kept in step) on
 * x86_64, of FPCR/FPSR on arm64. Exceptions never trap; raising one
 * only sets its flag.
 */
#ifndef _LIBM_FENV_H
#define _LIBM_FENV_H

#if defined(__aarch64__) && !defined(__ARM_NEON)
#error "libm: this target is compiled without floating-point registers (-mgeneral-regs-only); <fenv.h> is not available"
#endif

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__x86_64__)
#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x04
#define FE_OVERFLOW 0x08
#define FE_UNDERFLOW 0x10
#define FE_INEXACT 0x20
/* x87 control-word rounding bits; the MXCSR ones are these << 3. */
#define FE_TONEAREST 0x000
#define FE_DOWNWARD 0x400
#define FE_UPWARD 0x800
#define FE_TOWARDZERO 0xc00
/** The whole environment: MXCSR and the x87 control and status words. */
typedef struct {
	unsigned int __mxcsr;
	unsigned short __x87cw;
	unsigned short __x87sw;
} fenv_t;
#elif defined(__aarch64__)
#define FE_INVALID 0x01
#define FE_DIVBYZERO 0x02
#define FE_OVERFLOW 0x04
#define FE_UNDERFLOW 0x08
#define FE_INEXACT 0x10
/* FPCR.RMode (bits 22-23). */
#define FE_TONEAREST 0x000000
#define FE_UPWARD 0x400000
#define FE_DOWNWARD 0x800000
#define FE_TOWARDZERO 0xc00000
/** The whole environment: FPCR and FPSR. */
typedef struct {
	unsigned int __fpcr;
	unsigned int __fpsr;
} fenv_t;
#else
#error "libm: fenv.h knows x86_64 and arm64 only"
#endif

#define FE_ALL_EXCEPT \
	(FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW | FE_INEXACT)

/** Saved exception flags. */
typedef unsigned short fexcept_t;

/** The environment at program start: round to nearest, no flags set. */
#define FE_DFL_ENV ((const fenv_t *)-1)

/** Clear the flags in excepts; 0 on success. */
int feclearexcept(int excepts);
/** Set the flags in excepts (no trap); 0 on success. */
int feraiseexcept(int excepts);
/** The flags of excepts that are set. */
int fetestexcept(int excepts);
/** Store the flags of excepts in *flag; 0 on success. */
int fegetexceptflag(fexcept_t *flag, int excepts);
/** Set the flags of excepts to their state in *flag; 0 on success. */
int fesetexceptflag(const fexcept_t *flag, int excepts);
/** The rounding mode (FE_TONEAREST, ...). */
int fegetround(void);
/** Set the rounding mode; 0 on success, nonzero for an unknown mode. */
int fesetround(int round);
/** Store the environment in *env; 0 on success. */
int fegetenv(fenv_t *env);
/** Install *env (or FE_DFL_ENV); 0 on success. */
int fesetenv(const fenv_t *env);
/** Store the environment, then clear every flag; 0 on success. */
int feholdexcept(fenv_t *env);
/** Install *env, then raise the flags that were set before; 0 on success. */
int feupdateenv(const fenv_t *env);

#ifdef __cplusplus
}
#endif

#endif /* _LIBM_FENV_H */
