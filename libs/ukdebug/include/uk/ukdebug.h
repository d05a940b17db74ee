/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ukdebug.h - kernel messages with levels, assertions and panic.
 *
 * Messages above the configured level (CONFIG_LIBUKDEBUG_LOGLEVEL,
 * 0 crit .. 4 debug, default 2 warn) are dropped: the uk_pr_*() macros
 * compile to nothing (arguments are still type-checked), and
 * uk_printk() itself ignores them too. Messages carry a prefix such as
 * "[warn] " and go to the console; they bring their own "\n".
 */
#ifndef UK_UKDEBUG_H
#define UK_UKDEBUG_H

#include <stdarg.h>

#define UK_PRINT_CRIT 0
#define UK_PRINT_ERR 1
#define UK_PRINT_WARN 2
#define UK_PRINT_INFO 3
#define UK_PRINT_DEBUG 4

/** The highest level that is printed. */
#ifdef CONFIG_LIBUKDEBUG_LOGLEVEL
#define UK_LOGLEVEL CONFIG_LIBUKDEBUG_LOGLEVEL
#else
#define UK_LOGLEVEL UK_PRINT_WARN
#endif

/** Print "[<level>] " and the formatted message if level <= UK_LOGLEVEL. */
void uk_printk(int level, const char *fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));
/** uk_printk with a va_list. */
void uk_vprintk(int level, const char *fmt, va_list ap)
	__attribute__((__format__(__printf__, 2, 0)));

/** Print at lvl (a constant) unless it is above UK_LOGLEVEL. */
#define uk_pr_level(lvl, ...)                          \
	do {                                           \
		if ((lvl) <= UK_LOGLEVEL)              \
			uk_printk((lvl), __VA_ARGS__); \
	} while (0)

/** Critical condition: the system is about to fail. */
#define uk_pr_crit(...) uk_pr_level(UK_PRINT_CRIT, __VA_ARGS__)
/** An operation failed. */
#define uk_pr_err(...) uk_pr_level(UK_PRINT_ERR, __VA_ARGS__)
/** Something looks wrong but execution continues. */
#define uk_pr_warn(...) uk_pr_level(UK_PRINT_WARN, __VA_ARGS__)
/** Normal but noteworthy event. */
#define uk_pr_info(...) uk_pr_level(UK_PRINT_INFO, __VA_ARGS__)
/** Detail useful when debugging. */
#define uk_pr_debug(...) uk_pr_level(UK_PRINT_DEBUG, __VA_ARGS__)

/**
 * Format a message (no "\n" needed) and crash the unikernel with it
 * through ukplat_crash(), which prints "CRASH: <message>" and exits
 * with UKPLAT_STATUS_CRASH. Messages longer than 255 bytes are cut.
 */
__attribute__((noreturn)) void uk_panic(const char *fmt, ...)
	__attribute__((__format__(__printf__, 1, 2)));
/** uk_panic with a va_list. */
__attribute__((noreturn)) void uk_vpanic(const char *fmt, va_list ap)
	__attribute__((__format__(__printf__, 1, 0)));

/** Panic with "<file>:<line>: assertion failed: <x>" unless x holds. */
#ifdef CONFIG_LIBUKDEBUG_ASSERT
#define UK_ASSERT(x)                                                      \
	do {                                                              \
		if (__builtin_expect(!(x), 0))                            \
			uk_panic("%s:%d: assertion failed: %s", __FILE__, \
				 __LINE__, #x);                           \
	} while (0)
#else
/* Assertions off (CONFIG_LIBUKDEBUG_ASSERT unset): checked by the compiler only. */
#define UK_ASSERT(x)                \
	do {                        \
		(void)sizeof(!(x)); \
	} while (0)
#endif

#define UK_BUG() uk_panic("%s:%d: BUG", __FILE__, __LINE__)

/** UK_BUG() if cond holds. */
#define UK_BUGON(cond)                             \
	do {                                       \
		if (__builtin_expect(!!(cond), 0)) \
			UK_BUG();                  \
	} while (0)

#endif /* UK_UKDEBUG_H */
