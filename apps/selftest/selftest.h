/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A tiny test harness: each CHECK prints "ok <name>" or
 * "FAIL <name>: <details>" and counts the result.
 */
#ifndef SELFTEST_H
#define SELFTEST_H

/** Results so far. */
extern int st_passed, st_failed;

/** Record one result; on failure print the formatted details. */
void st_result(const char *name, int ok, const char *fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));
/** Compare two strings (NULL allowed). */
void st_check_str(const char *name, const char *got, const char *want);
/** Compare two integers. */
void st_check_int(const char *name, long long got, long long want);

/** The condition must hold. */
#define CHECK(name, cond) st_result((name), !!(cond), "%s", #cond)
/** The strings must be equal. */
#define CHECK_STR(name, got, want) st_check_str((name), (got), (want))
/** The integers must be equal. */
#define CHECK_INT(name, got, want)                                          \
	st_check_int((name), (long long)(got), (long long)(want))

/* Test groups, one per file. */
void test_printf(void);
void test_strtol(void);
void test_string(void);
void test_alloc(void);
void test_argparse(void);

#endif /* SELFTEST_H */
