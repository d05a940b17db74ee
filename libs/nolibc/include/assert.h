/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * assert.h - assert() (nolibc). A failed assertion prints
 * "<file>:<line>: <function>: assertion failed: <expr>" and crashes the
 * unikernel (abort()). With NDEBUG defined before including this header,
 * assert() evaluates nothing. static_assert is C11's _Static_assert.
 */
/* No include guard: assert() follows the NDEBUG of each inclusion. */
#undef assert

#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr)      \
	((expr) ? (void)0 \
		: __nolibc_assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif

#ifndef _NOLIBC_ASSERT_H
#define _NOLIBC_ASSERT_H

#ifndef __cplusplus
#define static_assert _Static_assert
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Report a failed assert() and abort(). */
_Noreturn void __nolibc_assert_fail(const char *expr, const char *file,
				    int line, const char *func);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_ASSERT_H */
