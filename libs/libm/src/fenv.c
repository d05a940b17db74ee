/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fenv.h for x86_64 and arm64 (ours).
 *
 * x86_64: float and double use SSE (MXCSR: flags in bits 0-5, rounding
 * in bits 13-14); the x87 is kept in the same rounding mode and its
 * flags count as raised too.
 * arm64: FPSR holds the cumulative exception flags (bits 0-4), FPCR the
 * rounding mode (bits 22-23).
 * Trap enables stay off on both: raising an exception only sets its flag.
 */
#include <fenv.h>

#if defined(__x86_64__)
#define MXCSR_RC_SHIFT 3
#define RC_MASK 0xc00
#define MXCSR_DEFAULT 0x1f80
#define X87CW_DEFAULT 0x037f

static unsigned int get_mxcsr(void)
{
	unsigned int m;

	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static void set_mxcsr(unsigned int m)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(m));
}

static unsigned short get_x87sw(void)
{
	unsigned short sw;

	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return sw;
}

static unsigned short get_x87cw(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void set_x87cw(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

int feclearexcept(int excepts)
{
	unsigned short sw = get_x87sw();

	excepts &= FE_ALL_EXCEPT;
	/* Keep x87 flags that stay raised by moving them into MXCSR. */
	if (sw & FE_ALL_EXCEPT) {
		set_mxcsr(get_mxcsr() | (sw & FE_ALL_EXCEPT));
		__asm__ volatile("fnclex");
	}
	set_mxcsr(get_mxcsr() & ~(unsigned int)excepts);
	return 0;
}

int feraiseexcept(int excepts)
{
	set_mxcsr(get_mxcsr() | (excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)((get_mxcsr() | get_x87sw()) & excepts & FE_ALL_EXCEPT);
}

int fegetround(void)
{
	return (int)((get_mxcsr() >> MXCSR_RC_SHIFT) & RC_MASK);
}

int fesetround(int round)
{
	if (round & ~RC_MASK)
		return -1;
	set_mxcsr((get_mxcsr() & ~(RC_MASK << MXCSR_RC_SHIFT)) |
		  ((unsigned int)round << MXCSR_RC_SHIFT));
	set_x87cw((unsigned short)((get_x87cw() & ~RC_MASK) | round));
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__mxcsr = get_mxcsr();
	env->__x87cw = get_x87cw();
	env->__x87sw = get_x87sw();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	__asm__ volatile("fnclex");
	if (env == FE_DFL_ENV) {
		set_mxcsr(MXCSR_DEFAULT);
		set_x87cw(X87CW_DEFAULT);
		return 0;
	}
	/* x87 flags of the saved environment live on in MXCSR. */
	set_mxcsr(env->__mxcsr | (env->__x87sw & FE_ALL_EXCEPT));
	set_x87cw(env->__x87cw);
	return 0;
}

#elif defined(__aarch64__)

#define RMODE_MASK 0xc00000u

static unsigned long get_fpcr(void)
{
	unsigned long v;

	__asm__ volatile("mrs %0, fpcr" : "=r"(v));
	return v;
}

static void set_fpcr(unsigned long v)
{
	__asm__ volatile("msr fpcr, %0" : : "r"(v));
}

static unsigned long get_fpsr(void)
{
	unsigned long v;

	__asm__ volatile("mrs %0, fpsr" : "=r"(v));
	return v;
}

static void set_fpsr(unsigned long v)
{
	__asm__ volatile("msr fpsr, %0" : : "r"(v));
}

int feclearexcept(int excepts)
{
	set_fpsr(get_fpsr() & ~(unsigned long)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int feraiseexcept(int excepts)
{
	set_fpsr(get_fpsr() | (unsigned long)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)(get_fpsr() & (unsigned long)(excepts & FE_ALL_EXCEPT));
}

int fegetround(void) { return (int)(get_fpcr() & RMODE_MASK); }

int fesetround(int round)
{
	if ((unsigned int)round & ~RMODE_MASK)
		return -1;
	set_fpcr((get_fpcr() & ~(unsigned long)RMODE_MASK) |
		 (unsigned int)round);
	return 0;
}

int fegetenv(fenv_t *env)
{
	env->__fpcr = (unsigned int)get_fpcr();
	env->__fpsr = (unsigned int)get_fpsr();
	return 0;
}

int fesetenv(const fenv_t *env)
{
	if (env == FE_DFL_ENV) {
		set_fpcr(0);
		set_fpsr(0);
		return 0;
	}
	set_fpcr(env->__fpcr);
	set_fpsr(env->__fpsr);
	return 0;
}

#endif

/* The same on both, over the functions above. */

int fegetexceptflag(fexcept_t *flag, int excepts)
{
	*flag = (fexcept_t)fetestexcept(excepts);
	return 0;
}

int fesetexceptflag(const fexcept_t *flag, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	feclearexcept(excepts);
	return feraiseexcept(*flag & excepts);
}

int feholdexcept(fenv_t *env)
{
	fegetenv(env);
	feclearexcept(FE_ALL_EXCEPT);
	return 0;
}

int feupdateenv(const fenv_t *env)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);

	fesetenv(env);
	return feraiseexcept(raised);
}
