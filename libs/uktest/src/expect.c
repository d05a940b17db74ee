/* SPDX-License-Identifier: BSD-3-Clause */
/* Expectations: count failures of the running test, keep the first. */
#include <uk/test.h>
#include "uktest.h"

#define STR_SHOWN 48 /* characters of a compared string in a report */

static int failures;
static struct ukt_line first;

void ukt_reset(void)
{
	failures = 0;
	first.len = 0;
}

int uk_test_failures(void) { return failures; }

void ukt_describe(struct ukt_line *l)
{
	if (!failures)
		return;
	ukt_put_strn(l, first.buf, first.len);
	if (failures > 1) {
		ukt_put_str(l, " (+");
		ukt_put_dec(l, failures - 1);
		ukt_put_str(l, " more)");
	}
}

/* Count a failure; the buffer to describe it in if it is the first. */
static struct ukt_line *fail(const char *file, int line, const char *expr)
{
	const char *base = file;

	if (failures++)
		return NULL;
	for (; *file; file++) {
		if (*file == '/')
			base = file + 1;
	}
	ukt_put_str(&first, base);
	ukt_put_str(&first, ":");
	ukt_put_dec(&first, line);
	ukt_put_str(&first, ": ");
	ukt_put_str(&first, expr);
	return &first;
}

int uk_test_expect(int ok, const char *file, int line, const char *expr)
{
	if (!ok)
		fail(file, line, expr);
	return ok;
}

static int holds(long long a, long long b, int op)
{
	switch (op) {
	case UK_TEST_OP_EQ: return a == b;
	case UK_TEST_OP_NE: return a != b;
	case UK_TEST_OP_LT: return a < b;
	case UK_TEST_OP_LE: return a <= b;
	case UK_TEST_OP_GT: return a > b;
	default: return a >= b;
	}
}

int uk_test_expect_int(long long a, long long b, int op, const char *file,
		       int line, const char *expr)
{
	struct ukt_line *l;

	if (holds(a, b, op))
		return 1;
	l = fail(file, line, expr);
	if (l) {
		ukt_put_str(l, op == UK_TEST_OP_EQ ? " (got " : " (");
		ukt_put_dec(l, a);
		ukt_put_str(l, op == UK_TEST_OP_EQ ? ", want " : " vs ");
		ukt_put_dec(l, b);
		ukt_put_str(l, ")");
	}
	return 0;
}

static int str_equal(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static void put_quoted(struct ukt_line *l, const char *s)
{
	if (!s) {
		ukt_put_str(l, "NULL");
		return;
	}
	ukt_put_str(l, "\"");
	ukt_put_strn(l, s, STR_SHOWN);
	ukt_put_str(l, "\"");
}

int uk_test_expect_str(const char *got, const char *want, const char *file,
		       int line, const char *expr)
{
	struct ukt_line *l;

	if (str_equal(got, want))
		return 1;
	l = fail(file, line, expr);
	if (l) {
		ukt_put_str(l, " (got ");
		put_quoted(l, got);
		ukt_put_str(l, ", want ");
		put_quoted(l, want);
		ukt_put_str(l, ")");
	}
	return 0;
}

int uk_test_expect_mem(const void *got, const void *want, size_t len,
		       const char *file, int line, const char *expr)
{
	const unsigned char *g = got, *w = want;
	struct ukt_line *l;
	size_t i;

	for (i = 0; i < len && g[i] == w[i]; i++)
		;
	if (i == len)
		return 1;
	l = fail(file, line, expr);
	if (l) {
		ukt_put_str(l, " (offset ");
		ukt_put_dec(l, (long long)i);
		ukt_put_str(l, ": got 0x");
		ukt_put_hex8(l, g[i]);
		ukt_put_str(l, ", want 0x");
		ukt_put_hex8(l, w[i]);
		ukt_put_str(l, ")");
	}
	return 0;
}
