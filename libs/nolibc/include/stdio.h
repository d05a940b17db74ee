/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stdio.h - formatted output to the console and to buffers (nolibc).
 *
 * stdout and stderr are minimal FILE objects that both write to the
 * platform console (ukplat_coutk). There is no input and no file
 * system. Each call hands its output to the console before returning,
 * so fflush() has nothing to do.
 *
 * printf formats: flags "-+ #0", width and precision (digits or '*'),
 * length modifiers hh h l ll z j t, and the conversions d i u x X o c
 * s p %. %p prints 0x<hex> ("(nil)" for NULL), %s of NULL prints
 * "(null)". There is no %n, no wide characters and no L (long double);
 * an unknown conversion is copied to the output as is.
 *
 * Floating point, where the target has FP registers (__nolibc_fp.h:
 * every x86_64 target and linuxu-arm64): f F e E g G a A of a double,
 * with the flags, width and precision above (default precision 6; %a
 * without a precision prints the shortest exact form; %g drops trailing
 * zeros unless '#'), "inf"/"nan" ("INF"/"NAN"), and "-" for negative
 * zero and negative NaNs. The digits are exact for any precision and
 * rounded to nearest, ties to even, on the exact binary value (as glibc
 * does). On kvm-arm64 and xen-arm64 these conversions are unknown ones.
 */
#ifndef _NOLIBC_STDIO_H
#define _NOLIBC_STDIO_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EOF (-1)

/** An output stream (opaque). */
typedef struct __nolibc_file FILE;

/** Standard output and error, both the console. */
extern FILE *stdout;
extern FILE *stderr;
#define stdout stdout
#define stderr stderr

#define __nolibc_printf(f, a) __attribute__((__format__(__printf__, f, a)))

/** Print to stdout. Returns the number of characters, or -1 on error. */
int printf(const char *restrict fmt, ...) __nolibc_printf(1, 2);
/** printf with a va_list. */
int vprintf(const char *restrict fmt, va_list ap) __nolibc_printf(1, 0);
/** Print to stream f (stdout or stderr). */
int fprintf(FILE *restrict f, const char *restrict fmt, ...)
	__nolibc_printf(2, 3);
/** fprintf with a va_list. */
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
	__nolibc_printf(2, 0);
/**
 * Format into buf, writing at most size bytes including the NUL (none
 * if size is 0). Returns the length the full output would have.
 */
int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
	__nolibc_printf(3, 4);
/** snprintf with a va_list. */
int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap) __nolibc_printf(3, 0);
/** Format into buf with no size limit. Prefer snprintf. */
int sprintf(char *restrict buf, const char *restrict fmt, ...)
	__nolibc_printf(2, 3);
/** sprintf with a va_list. */
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
	__nolibc_printf(2, 0);

/** Write s and a newline to stdout. Returns 1, or EOF on error. */
int puts(const char *s);
/** Write (unsigned char)c to stdout. Returns it, or EOF on error. */
int putchar(int c);
/** Write s (no newline) to f. Returns 1, or EOF on error. */
int fputs(const char *restrict s, FILE *restrict f);
/** Write (unsigned char)c to f. Returns it, or EOF on error. */
int fputc(int c, FILE *f);
/** Same as fputc. */
int putc(int c, FILE *f);
/** Nothing is buffered: returns 0. */
int fflush(FILE *f);

#undef __nolibc_printf

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_STDIO_H */
