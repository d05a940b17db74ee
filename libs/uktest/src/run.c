/* SPDX-License-Identifier: BSD-3-Clause */
/* The runner: walk the registered suites and tests, report each. */
#include <uk/test.h>
#include "uktest.h"

/* Bounds of the descriptor sections, defined by the linker. Weak: an
 * image without any test has neither section. */
extern const struct uk_testsuite __start_uk_testsuites[] __attribute__((weak));
extern const struct uk_testsuite __stop_uk_testsuites[] __attribute__((weak));
extern const struct uk_testcase __start_uk_tests[] __attribute__((weak));
extern const struct uk_testcase __stop_uk_tests[] __attribute__((weak));

/* Does s start with the n bytes of p? Returns the rest of s, or NULL. */
static const char *skip_prefix(const char *s, const char *p, size_t n)
{
	for (; n; n--, s++, p++) {
		if (*s != *p)
			return NULL;
	}
	return s;
}

int ukt_match(const char *pattern, const char *suite, const char *test)
{
	size_t n = 0, dot;
	const char *rest;

	while (pattern[n])
		n++;
	for (dot = 0; dot < n && pattern[dot] != '.'; dot++)
		;
	if (n && pattern[n - 1] == '*') {
		/* Prefix of "suite.test". */
		n--;
		if (dot >= n)
			return skip_prefix(suite, pattern, n) != NULL;
		rest = skip_prefix(suite, pattern, dot);
		return rest && !*rest &&
		       skip_prefix(test, pattern + dot + 1, n - dot - 1);
	}
	rest = skip_prefix(suite, pattern, dot);
	if (!rest || *rest)
		return 0;
	if (dot == n)
		return 1; /* the whole suite */
	rest = skip_prefix(test, pattern + dot + 1, n - dot - 1);
	return rest && !*rest;
}

static int selected(int n, const char *const patterns[],
		    const struct uk_testcase *t)
{
	int i;

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++) {
		if (ukt_match(patterns[i], t->suite->name, t->name))
			return 1;
	}
	return 0;
}

/* Run one test and print its line; returns 1 if it passed. */
static int run_one(const struct uk_testcase *t)
{
	struct ukt_line l = { .len = 0 };
	int ok;

	ukt_reset();
	t->fn();
	ok = uk_test_failures() == 0;
	ukt_put_str(&l, ok ? "ok " : "FAIL ");
	ukt_put_str(&l, t->suite->name);
	ukt_put_str(&l, ".");
	ukt_put_str(&l, t->name);
	if (!ok) {
		ukt_put_str(&l, ": ");
		ukt_describe(&l);
	}
	ukt_flush(&l);
	ukt_reset();
	return ok;
}

int uk_test_run(int n, const char *const patterns[])
{
	const struct uk_testsuite *s;
	const struct uk_testcase *t;
	struct ukt_line l = { .len = 0 };
	long long passed = 0, failed = 0;

	if (__start_uk_testsuites && __start_uk_tests) {
		for (s = __start_uk_testsuites; s < __stop_uk_testsuites; s++) {
			for (t = __start_uk_tests; t < __stop_uk_tests; t++) {
				if (t->suite != s || !selected(n, patterns, t))
					continue;
				if (run_one(t))
					passed++;
				else
					failed++;
			}
		}
	}
	ukt_put_dec(&l, passed);
	ukt_put_str(&l, " passed, ");
	ukt_put_dec(&l, failed);
	ukt_put_str(&l, " failed");
	ukt_flush(&l);
	return (int)failed;
}

int uk_test_main(int argc, char *argv[])
{
	if (argc < 1)
		return uk_test_run(0, NULL) ? 1 : 0;
	return uk_test_run(argc - 1, (const char *const *)&argv[1]) ? 1 : 0;
}
