/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * __nolibc_fp.h - whether this target has floating point (nolibc).
 *
 * __NOLIBC_HAVE_FP is 1 when nolibc's FLOAT option is on (it costs
 * about 8 KiB of code in every image that uses printf, so it is off by
 * default) and the compiler may use floating-point registers, so double
 * can be passed, returned and converted: x86_64 with SSE2 and arm64 with
 * FP/SIMD, which every target has. It is 0 wherever FLOAT is off, or
 * for code built with -mgeneral-regs-only. Then stdlib.h does not
 * declare strtod & co, math.h declares nothing, and printf copies %f %e
 * %g %a as it does any unknown conversion. clang keeps __ARM_FP defined
 * under -mgeneral-regs-only, hence the test of __ARM_NEON too.
 */
#ifndef ___NOLIBC_FP_H
#define ___NOLIBC_FP_H

#if !defined(CONFIG_LIBNOLIBC_FLOAT) || !CONFIG_LIBNOLIBC_FLOAT
#define __NOLIBC_HAVE_FP 0
#elif defined(__x86_64__) && defined(__SSE2__)
#define __NOLIBC_HAVE_FP 1
#elif defined(__aarch64__) && defined(__ARM_FP) && defined(__ARM_NEON)
#define __NOLIBC_HAVE_FP 1
#else
#define __NOLIBC_HAVE_FP 0
#endif

#endif /* ___NOLIBC_FP_H */
