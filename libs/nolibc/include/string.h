/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * string.h - memory and string functions (nolibc). Byte strings only,
 * no locales.
 */
#ifndef _NOLIBC_STRING_H
#define _NOLIBC_STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Copy n bytes; the areas must not overlap. Returns dst. */
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
/** Copy n bytes; the areas may overlap. Returns dst. */
void *memmove(void *dst, const void *src, size_t n);
/** Fill n bytes of s with (unsigned char)c. Returns s. */
void *memset(void *s, int c, size_t n);
/** Compare n bytes as unsigned char: <0, 0 or >0. */
int memcmp(const void *a, const void *b, size_t n);
/** First occurrence of (unsigned char)c in the first n bytes, or NULL. */
void *memchr(const void *s, int c, size_t n);

/** Length of s, not counting the NUL. */
size_t strlen(const char *s);
/** Length of s, but at most maxlen (never reads past maxlen bytes). */
size_t strnlen(const char *s, size_t maxlen);
/** Compare two strings as unsigned char: <0, 0 or >0. */
int strcmp(const char *a, const char *b);
/** Compare at most n characters of two strings. */
int strncmp(const char *a, const char *b, size_t n);
/** First occurrence of (char)c in s (the NUL counts), or NULL. */
char *strchr(const char *s, int c);
/** Last occurrence of (char)c in s (the NUL counts), or NULL. */
char *strrchr(const char *s, int c);
/** First occurrence of needle in haystack (haystack if needle is ""). */
char *strstr(const char *haystack, const char *needle);
/** Length of the prefix of s made only of characters in accept. */
size_t strspn(const char *s, const char *accept);
/** Length of the prefix of s made only of characters not in reject. */
size_t strcspn(const char *s, const char *reject);
/** The first byte of s that is in accept, or NULL. */
char *strpbrk(const char *s, const char *accept);
/** The first copy of needle[0..nlen) in hay[0..hlen) (hay itself if nlen is 0), or NULL. */
void *memmem(const void *hay, size_t hlen, const void *needle, size_t nlen);
/** Compare in the locale's collation order: the C locale's is strcmp's. */
int strcoll(const char *a, const char *b);
/**
 * Transform src so that strcmp of results orders as strcoll: in the C
 * locale a copy. Writes at most n bytes; returns strlen(src).
 */
size_t strxfrm(char *restrict dst, const char *restrict src, size_t n);

/** Copy src with its NUL into dst. Returns dst. */
char *strcpy(char *restrict dst, const char *restrict src);
/** Copy at most n characters, padding dst with NULs up to n; dst is not
 * NUL-terminated if src has n or more characters. Returns dst. */
char *strncpy(char *restrict dst, const char *restrict src, size_t n);
/** Append src to dst. Returns dst. */
char *strcat(char *restrict dst, const char *restrict src);
/** Append at most n characters of src to dst, then a NUL. Returns dst. */
char *strncat(char *restrict dst, const char *restrict src, size_t n);

/**
 * Split a string into tokens separated by characters of delim: the first
 * call passes s, later ones NULL; *save keeps the position. Delimiters
 * are overwritten with NULs. Returns the next token or NULL.
 */
char *strtok_r(char *restrict s, const char *restrict delim,
	       char **restrict save);
/** strtok_r() with a hidden, shared position (not reentrant). */
char *strtok(char *restrict s, const char *restrict delim);

/** malloc()ed copy of s, or NULL (errno = ENOMEM). */
char *strdup(const char *s);
/** malloc()ed copy of at most n characters of s, NUL-terminated. */
char *strndup(const char *s, size_t n);

/** Message for an errno value ("Unknown error N" for others). */
char *strerror(int errnum);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_STRING_H */
