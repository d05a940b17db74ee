/* SPDX-License-Identifier: BSD-3-Clause */
/* assert(): a true condition passes, NDEBUG evaluates nothing. */
#include <assert.h>
#include <uk/test.h>

static int evaluated;

static int count(void) { return ++evaluated; }

UK_TESTSUITE(assert);

UK_TEST(assert, true_condition_passes)
{
	evaluated = 0;
	assert(count() == 1);
	UK_TEST_EXPECT_EQ(evaluated, 1);
	static_assert(sizeof(int) >= 2, "C says so");
}

#define NDEBUG
#include <assert.h>

UK_TEST(assert, ndebug_evaluates_nothing)
{
	evaluated = 0;
	assert(count() == 42);
	UK_TEST_EXPECT_EQ(evaluated, 0);
}
