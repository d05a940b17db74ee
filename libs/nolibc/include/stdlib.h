/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stdlib.h - memory allocation, number parsing and process exit (nolibc).
 *
 * The allocation functions use the default ukalloc allocator
 * (uk_alloc_get_default()); without one they fail with ENOMEM.
 */
#ifndef _NOLIBC_STDLIB_H
#define _NOLIBC_STDLIB_H

#include <stddef.h>
#include <__nolibc_fp.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
/** The largest value rand() returns. */
#define RAND_MAX 0x7fffffff
/** The longest multibyte character: this libc knows bytes only. */
#define MB_CUR_MAX 1

/** Quotient and remainder of div(), ldiv(), lldiv(). */
typedef struct {
	int quot, rem;
} div_t;
typedef struct {
	long quot, rem;
} ldiv_t;
typedef struct {
	long long quot, rem;
} lldiv_t;

/** size bytes, aligned for any object; NULL with errno = ENOMEM. */
void *malloc(size_t size);
/** Zeroed nmemb * size bytes; NULL on overflow or exhaustion. */
void *calloc(size_t nmemb, size_t size);
/** Resize ptr keeping its contents (NULL ptr: malloc; size 0: free,
 * returns NULL). On failure returns NULL and ptr stays valid. */
void *realloc(void *ptr, size_t size);
/** Release ptr (NULL is ignored). */
void free(void *ptr);
/** Allocate with alignment align (a power of two and a multiple of
 * sizeof(void *)). Returns 0, EINVAL or ENOMEM. */
int posix_memalign(void **memptr, size_t align, size_t size);
/** Allocate with alignment align (a power of two); NULL on error. */
void *aligned_alloc(size_t align, size_t size);

/** Decimal int at the start of s (strtol without error reporting). */
int atoi(const char *s);
/** Decimal long at the start of s. */
long atol(const char *s);
/** Decimal long long at the start of s. */
long long atoll(const char *s);
/**
 * Parse an integer: leading blanks, an optional sign, then digits in
 * base (2..36; 0 means 0x.. hex, 0.. octal, else decimal; 16 accepts a
 * 0x prefix). *endptr (if given) gets the first unparsed character, or
 * s when there are no digits. Overflow clamps and sets errno = ERANGE;
 * a bad base sets errno = EINVAL.
 */
long strtol(const char *restrict s, char **restrict endptr, int base);
/** strtol for long long. */
long long strtoll(const char *restrict s, char **restrict endptr, int base);
/** strtol for unsigned long ("-N" gives the negated value, as C says). */
unsigned long strtoul(const char *restrict s, char **restrict endptr, int base);
/** strtoul for unsigned long long. */
unsigned long long strtoull(const char *restrict s, char **restrict endptr,
			    int base);

#if __NOLIBC_HAVE_FP
/*
 * Floating point, on targets with FP registers only (see __nolibc_fp.h:
 * not kvm-arm64 nor xen-arm64). Correctly rounded (to nearest, ties to
 * even) for any length of input. Accepted, after leading blanks and a
 * sign: decimal "1.5e-3", hexadecimal "0x1.8p3", "inf", "infinity",
 * "nan" and "nan(chars)" (any case; the NaN is the default quiet one).
 * *endptr (if given) gets the first unparsed character, or s when
 * nothing was converted (the result is then 0). Overflow returns
 * +-HUGE_VAL with errno = ERANGE; a result that is subnormal or zero and
 * not exact sets errno = ERANGE too.
 */
/** Parse a double. */
double strtod(const char *restrict s, char **restrict endptr);
/** Parse a float, rounded once, straight to float. */
float strtof(const char *restrict s, char **restrict endptr);
/** strtod's result widened: rounded to double, not to long double. */
long double strtold(const char *restrict s, char **restrict endptr);
/** strtod(s, NULL). */
double atof(const char *s);
#endif

/**
 * Sort n elements of size bytes at base in the order cmp gives (negative,
 * zero, positive as for strcmp). Introsort: O(n log n) even in the worst
 * case, O(log n) stack, not stable.
 */
void qsort(void *base, size_t n, size_t size,
	   int (*cmp)(const void *, const void *));
/** Find key in the sorted array base[0..n); NULL if absent (any match if
 * several compare equal). cmp(key, element) as for qsort. */
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));

/** Absolute value (undefined for INT_MIN). */
int abs(int x);
/** Absolute value of a long. */
long labs(long x);
/** Absolute value of a long long. */
long long llabs(long long x);

/** num / den and num % den at once (C's truncating division). */
div_t div(int num, int den);
/** div for long. */
ldiv_t ldiv(long num, long den);
/** div for long long. */
lldiv_t lldiv(long long num, long long den);

/** A pseudo-random number in [0, RAND_MAX] (a 64-bit LCG; not for secrets). */
int rand(void);
/** Restart rand()'s sequence from seed (1 at boot). */
void srand(unsigned int seed);

/**
 * Register fn to run at exit() or a return from main(), in reverse
 * order of registration. At most 32; returns 0, or -1 when full.
 */
int atexit(void (*fn)(void));
/** Run the atexit functions, flush every stream, end the unikernel with status. */
_Noreturn void exit(int status);
/** End the unikernel with status at once (no atexit functions, no flush). */
_Noreturn void _Exit(int status);
/** raise(SIGABRT); if that returns, crash the unikernel (ukplat_crash). */
_Noreturn void abort(void);

/**
 * Make a new file from tmpl, whose last six characters must be
 * "XXXXXX" (EINVAL): they are replaced to give a name that did not exist,
 * and the file is opened O_RDWR (mode 0600). Returns the descriptor, or
 * -1 with errno (EEXIST after 100 names tried, or open()'s).
 */
int mkstemp(char *tmpl);
/**
 * The absolute path of path without ".", "..", repeated slashes or
 * symbolic links (vfs), into resolved (at least 1024 bytes), or a new
 * malloc'd buffer when resolved is NULL. NULL with errno (ENOENT, ...).
 */
char *realpath(const char *restrict path, char *restrict resolved);

/**
 * The environment variable name's value, or NULL. The environment comes
 * from the command line (uk/environ.h: leading env.NAME=value arguments).
 */
char *getenv(const char *name);
/** Set name to value (kept if it exists and overwrite is 0). 0, or -1 (EINVAL, ENOMEM). */
int setenv(const char *name, const char *value, int overwrite);
/** Remove name. 0, or -1/EINVAL for an empty name or one with '='. */
int unsetenv(const char *name);
/** No command processor: system(NULL) returns 0, any command -1 with errno ENOSYS. */
int system(const char *cmd);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_STDLIB_H */
