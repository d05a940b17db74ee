/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * setjmp.h - non-local jumps (nolibc), per architecture in arch/.
 *
 * jmp_buf holds the callee-saved registers, the stack pointer and the
 * return address (x86_64: rbx rbp r12-r15, rsp, rip, MXCSR and the x87
 * control word; arm64: x19-x30, sp and, where FP/SIMD is in use, d8-d15).
 * As C requires, non-volatile locals changed between setjmp() and
 * longjmp() have unspecified values afterwards. No signal masks: there
 * are no signals, so sigsetjmp/siglongjmp are not provided.
 */
#ifndef _NOLIBC_SETJMP_H
#define _NOLIBC_SETJMP_H

#ifdef __cplusplus
extern "C" {
#endif

/** Saved execution context (large enough for every architecture). */
typedef unsigned long jmp_buf[22];

/** Save the context in env; returns 0, or longjmp()'s value later. */
int setjmp(jmp_buf env) __attribute__((returns_twice));
/** Resume at env's setjmp(), which then returns val (1 if val is 0).
 * The function that called setjmp() must not have returned. */
_Noreturn void longjmp(jmp_buf env, int val);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SETJMP_H */
