/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to uktest: a bounded line buffer for results (out.c), the
 * running test's failure record (expect.c), pattern matching (run.c).
 */
#ifndef UKTEST_PRIV_H
#define UKTEST_PRIV_H

#include <stddef.h>

#define UKT_LINE_MAX 256

/** A line under construction; text beyond the capacity is dropped. */
struct ukt_line {
	char buf[UKT_LINE_MAX];
	size_t len;
};

/** Append a NUL-terminated string. */
void ukt_put_str(struct ukt_line *l, const char *s);
/** Append at most n bytes of s (stops at a NUL). */
void ukt_put_strn(struct ukt_line *l, const char *s, size_t n);
/** Append v in decimal. */
void ukt_put_dec(struct ukt_line *l, long long v);
/** Append v as two lower-case hex digits. */
void ukt_put_hex8(struct ukt_line *l, unsigned char v);
/** Write the line and a newline to the console, then empty it. */
void ukt_flush(struct ukt_line *l);

/** Forget the failures of the previous test. */
void ukt_reset(void);
/** Append the first failure and "(+N more)" to l; nothing if none. */
void ukt_describe(struct ukt_line *l);

/** Does "suite.test" match pattern (see uk_test_run())? */
int ukt_match(const char *pattern, const char *suite, const char *test);

#endif /* UKTEST_PRIV_H */
