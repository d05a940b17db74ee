/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * strings.h - case-insensitive comparisons (nolibc), ASCII only.
 */
#ifndef _NOLIBC_STRINGS_H
#define _NOLIBC_STRINGS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** strcmp() ignoring the case of ASCII letters. */
int strcasecmp(const char *a, const char *b);
/** strncmp() ignoring the case of ASCII letters. */
int strncasecmp(const char *a, const char *b, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_STRINGS_H */
