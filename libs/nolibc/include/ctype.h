/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ctype.h - character classes (nolibc), ASCII "C" locale only. The
 * argument is an unsigned char value or EOF; other values give 0.
 */
#ifndef _NOLIBC_CTYPE_H
#define _NOLIBC_CTYPE_H

#ifdef __cplusplus
extern "C" {
#endif

/** Letter or digit. */
int isalnum(int c);
/** Letter. */
int isalpha(int c);
/** Space or horizontal tab. */
int isblank(int c);
/** Control character (0x00-0x1f, 0x7f). */
int iscntrl(int c);
/** Decimal digit. */
int isdigit(int c);
/** Printable character other than space. */
int isgraph(int c);
/** Lower-case letter. */
int islower(int c);
/** Printable character, space included. */
int isprint(int c);
/** Printable character that is not a letter, digit or space. */
int ispunct(int c);
/** White space: space, \t, \n, \v, \f, \r. */
int isspace(int c);
/** Upper-case letter. */
int isupper(int c);
/** Hexadecimal digit. */
int isxdigit(int c);
/** Lower-case version of an upper-case letter, else c. */
int tolower(int c);
/** Upper-case version of a lower-case letter, else c. */
int toupper(int c);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_CTYPE_H */
