/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * cases.h - crashtest's cases: each breaks one protection rule and
 * returns only if the platform let it through.
 */
#ifndef CRASHTEST_CASES_H
#define CRASHTEST_CASES_H

/** One case: its command-line name and the function that breaks the rule. */
struct crash_case {
	const char *name;
	void (*run)(void);
};

/** The cases, ending with { NULL, NULL }. */
extern const struct crash_case crash_cases[];

#endif /* CRASHTEST_CASES_H */
