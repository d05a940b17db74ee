/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/test.h - in-image tests: registration, assertions, the runner.
 *
 * A library keeps its tests in tests/image/, compiled only when its bool
 * option TESTS is on (sources.when in uk.lib.ts), and requires uktest
 * (programs directly in tests/ are host tests, see docs/first-library.md):
 *
 *	UK_TESTSUITE(strings);
 *
 *	UK_TEST(strings, strlen_empty)
 *	{
 *		UK_TEST_EXPECT_EQ(strlen(""), 0);
 *	}
 *
 * UK_TESTSUITE() and UK_TEST() place constant descriptors in the
 * linker sections "uk_testsuites" and "uk_tests" (marked used and
 * retain, so --gc-sections keeps them and, through them, the test
 * functions). A test app calls uk_test_run() or uk_test_main(): every
 * suite in link order, each suite's tests in definition order; one
 * line per test ("ok <suite>.<test>" or "FAIL <suite>.<test>: <first
 * failure> [+N more]") and a last line exactly "N passed, M failed".
 *
 * A test fails when one of its expectations fails. UK_TEST_EXPECT*()
 * record the failure and go on (they evaluate to 1 if it held, 0 if
 * not); UK_TEST_ASSERT*() also return from the test function. Operands
 * are evaluated exactly once. Output goes straight to the platform
 * console, so uktest needs no libc and any library can use it.
 */
#ifndef UK_TEST_H
#define UK_TEST_H

#include <stddef.h>

/** A suite: a named group of tests (normally one per file). */
struct uk_testsuite {
	const char *name;
};

/** One test of a suite. */
struct uk_testcase {
	const struct uk_testsuite *suite;
	const char *name;
	void (*fn)(void);
};

#define UK_TEST_RETAIN_IN(sec) \
	__attribute__((used, retain, section(sec), aligned(sizeof(void *))))

/** Declare suite `name` (a C identifier) in this file; before its tests. */
#define UK_TESTSUITE(name)                                    \
	static const struct uk_testsuite uk_testsuite__##name \
		UK_TEST_RETAIN_IN("uk_testsuites") = { #name }

/**
 * Define test `name` of suite `suite` (declared in the same file) and
 * register it. Follow with the body: UK_TEST(s, t) { ... }.
 */
#define UK_TEST(suite, name)                                           \
	static void uk_test__##suite##__##name(void);                  \
	static const struct uk_testcase uk_testcase__##suite##__##name \
		UK_TEST_RETAIN_IN(                                     \
			"uk_tests") = { &uk_testsuite__##suite, #name, \
					uk_test__##suite##__##name };  \
	static void uk_test__##suite##__##name(void)

/* Comparison operators of uk_test_expect_int(). */
#define UK_TEST_OP_EQ 0
#define UK_TEST_OP_NE 1
#define UK_TEST_OP_LT 2
#define UK_TEST_OP_LE 3
#define UK_TEST_OP_GT 4
#define UK_TEST_OP_GE 5

/** Record the outcome of a condition; returns ok. */
int uk_test_expect(int ok, const char *file, int line, const char *expr);
/** Compare two integers with op (UK_TEST_OP_*); returns 1 if it holds. */
int uk_test_expect_int(long long a, long long b, int op, const char *file,
		       int line, const char *expr);
/** Compare two strings (NULL equals only NULL); returns 1 if equal. */
int uk_test_expect_str(const char *got, const char *want, const char *file,
		       int line, const char *expr);
/** Compare len bytes; on failure reports the first differing offset. */
int uk_test_expect_mem(const void *got, const void *want, size_t len,
		       const char *file, int line, const char *expr);
/** Failed expectations of the running test so far (0 outside a test). */
int uk_test_failures(void);

/**
 * Run the registered tests matching any of the n patterns (all if n is
 * 0): a pattern is a suite name, "suite.test", or a prefix of
 * "suite.test" followed by '*'. Prints one line per test and
 * "N passed, M failed". Returns M.
 */
int uk_test_run(int n, const char *const patterns[]);
/** uk_test_run() over argv[1..argc-1]; returns 0 if nothing failed, else 1. */
int uk_test_main(int argc, char *argv[]);

#define UK_TEST_CMP_(a, b, op, text)                                       \
	uk_test_expect_int((long long)(a), (long long)(b), (op), __FILE__, \
			   __LINE__, text)

/** cond must hold. */
#define UK_TEST_EXPECT(cond) uk_test_expect(!!(cond), __FILE__, __LINE__, #cond)
/** Integer (or pointer-sized) comparisons, reported with both values. */
#define UK_TEST_EXPECT_EQ(a, b) UK_TEST_CMP_(a, b, UK_TEST_OP_EQ, #a " == " #b)
#define UK_TEST_EXPECT_NE(a, b) UK_TEST_CMP_(a, b, UK_TEST_OP_NE, #a " != " #b)
#define UK_TEST_EXPECT_LT(a, b) UK_TEST_CMP_(a, b, UK_TEST_OP_LT, #a " < " #b)
#define UK_TEST_EXPECT_LE(a, b) UK_TEST_CMP_(a, b, UK_TEST_OP_LE, #a " <= " #b)
#define UK_TEST_EXPECT_GT(a, b) UK_TEST_CMP_(a, b, UK_TEST_OP_GT, #a " > " #b)
#define UK_TEST_EXPECT_GE(a, b) UK_TEST_CMP_(a, b, UK_TEST_OP_GE, #a " >= " #b)
/** Strings must be equal. */
#define UK_TEST_EXPECT_STREQ(got, want) \
	uk_test_expect_str((got), (want), __FILE__, __LINE__, #got " == " #want)
/** len bytes at got and want must be equal. */
#define UK_TEST_EXPECT_MEMEQ(got, want, len)                         \
	uk_test_expect_mem((got), (want), (len), __FILE__, __LINE__, \
			   #got " == " #want)

/** As the EXPECT forms, then return from the test if it failed. */
#define UK_TEST_ASSERT(cond)               \
	do {                               \
		if (!UK_TEST_EXPECT(cond)) \
			return;            \
	} while (0)
#define UK_TEST_ASSERT_EQ(a, b)               \
	do {                                  \
		if (!UK_TEST_EXPECT_EQ(a, b)) \
			return;               \
	} while (0)

#endif /* UK_TEST_H */
