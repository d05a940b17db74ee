/* SPDX-License-Identifier: BSD-3-Clause */
/* setjmp and longjmp: values, nesting, callee-saved state, loops. */
#include <setjmp.h>
#include <uk/test.h>

static jmp_buf env;
static volatile int depth_reached;

static __attribute__((noinline)) void dive(int depth, int val)
{
	volatile char frame[256]; /* make each level take stack */

	frame[0] = (char)depth;
	depth_reached = frame[0];
	if (depth > 0)
		dive(depth - 1, val);
	else if (depth == 0)
		longjmp(env, val);
}

UK_TESTSUITE(setjmp);

UK_TEST(setjmp, returns_zero_then_value)
{
	volatile int calls = 0;
	int r = setjmp(env);

	calls++;
	if (r == 0) {
		dive(50, 42);
		UK_TEST_EXPECT(0); /* not reached */
	}
	UK_TEST_EXPECT_EQ(r, 42);
	UK_TEST_EXPECT_EQ(calls, 2);
	UK_TEST_EXPECT_EQ(depth_reached, 0);
}

UK_TEST(setjmp, zero_becomes_one)
{
	int r = setjmp(env);

	if (r == 0)
		longjmp(env, 0);
	UK_TEST_EXPECT_EQ(r, 1);
}

/* Callee-saved registers hold these across the jump: their values must
 * be those of setjmp time, the locals being unchanged since. */
static __attribute__((noinline)) long keep_registers(long a, long b, long c)
{
	long x = a * 3, y = b * 5, z = c * 7;

	if (setjmp(env) == 0)
		dive(3, 1);
	return x + y + z;
}

UK_TEST(setjmp, callee_saved_state)
{
	UK_TEST_EXPECT_EQ(keep_registers(1, 10, 100), 3 + 50 + 700);
}

UK_TEST(setjmp, jump_loop)
{
	volatile int n = 0;

	if (setjmp(env) < 10000) {
		n++;
		if (n < 10000)
			longjmp(env, n);
	}
	UK_TEST_EXPECT_EQ(n, 10000);
}
