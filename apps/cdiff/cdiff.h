/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * cdiff: one line per check of what C11 (ISO/IEC 9899:2011, clause 7)
 * specifies exactly, printed by the same source built for the host
 * (glibc) and for the unikernel (nolibc, libm); test/e2e/c-diff.test.ts
 * compares the two outputs line for line.
 */
#ifndef CDIFF_H
#define CDIFF_H

#include <stddef.h>

/** Print "label: " then bytes [s, s+len) quoted, then a newline; non-printable bytes (also in the label) as \\xHH. */
void cd_bytes(const char *label, const char *s, size_t len);
/** cd_bytes over a NUL-terminated string (or "(null)" for NULL). */
void cd_str(const char *label, const char *s);
/** Print "label: " then a printf-formatted line (a newline is added). */
void cd_line(const char *label, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/** n, hidden from the compiler: a deliberate truncation or odd format draws no warning. */
size_t cd_opaque_size(size_t n);
/** s, hidden from the compiler likewise. */
const char *cd_opaque_str(const char *s);

/** The sections, each printing its own lines (prefixes: locale, printf, scanf, strto, string, ctype, stdlib, time, math). */
void cd_printf(void);
void cd_scanf(void);
void cd_strto(void);
void cd_string(void);
void cd_ctype(void);
void cd_stdlib(void);
void cd_time(void);
void cd_math(void);
void cd_locale(void);
void cd_sweep(void);

#endif
