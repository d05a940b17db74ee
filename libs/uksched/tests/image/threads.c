/* SPDX-License-Identifier: BSD-3-Clause */
/* Threads: creation, arguments, round-robin order, join, detach, exit,
 * names, stacks, and memory given back. */
#include <uk/sched.h>
#include <uk/test.h>
#include <uk/ukalloc.h>

static char order[64];
static int olen;

static void note(char c)
{
	if (olen < (int)sizeof(order) - 1)
		order[olen++] = c;
	order[olen] = '\0';
}

static void set_flag(void *arg) { *(int *)arg = 42; }

static void yield_three_times(void *arg)
{
	int i;

	for (i = 0; i < 3; i++) {
		note(*(const char *)arg);
		uk_sched_yield();
	}
}

static void exit_nested(void *arg)
{
	*(int *)arg = 1;
	uk_thread_exit();
}

static void check_self(void *arg)
{
	struct uk_thread *me = uk_thread_current();
	volatile char probe[64];

	probe[0] = 0;
	((int *)arg)[0] = me != NULL && *uk_thread_name(me) == 'n';
	/* The ABI's 16-byte alignment of the stack at calls. */
	((int *)arg)[1] = ((unsigned long)__builtin_frame_address(0) & 15) == 0;
	((int *)arg)[2] = probe[0] == 0;
}

static void count(void *arg) { (*(int *)arg)++; }

UK_TESTSUITE(threads);

UK_TEST(threads, create_and_join)
{
	int flag = 0;
	struct uk_thread *t = uk_thread_create("flag", set_flag, &flag, 0);

	UK_TEST_ASSERT(t != NULL);
	UK_TEST_EXPECT_EQ(flag, 0); /* not run before we let it */
	UK_TEST_EXPECT_EQ(uk_thread_join(t), 0);
	UK_TEST_EXPECT_EQ(flag, 42);
}

UK_TEST(threads, round_robin_order)
{
	static const char ids[] = "ABC";
	struct uk_thread *t[3];
	int i;

	olen = 0;
	for (i = 0; i < 3; i++)
		t[i] = uk_thread_create("rr", yield_three_times,
					(void *)&ids[i], 0);
	for (i = 0; i < 3; i++)
		uk_thread_join(t[i]);
	UK_TEST_EXPECT_STREQ(order, "ABCABCABC");
}

UK_TEST(threads, yield_alone_returns)
{
	struct uk_sched_stats s0, s1;

	uk_sched_stats_get(&s0);
	uk_sched_yield();
	uk_sched_yield();
	uk_sched_stats_get(&s1);
	UK_TEST_EXPECT_EQ(s1.switches, s0.switches); /* nobody else to run */
}

UK_TEST(threads, exit_from_a_nested_call)
{
	int done = 0;
	struct uk_thread *t = uk_thread_create("exit", exit_nested, &done, 0);

	UK_TEST_EXPECT_EQ(uk_thread_join(t), 0);
	UK_TEST_EXPECT_EQ(done, 1);
}

UK_TEST(threads, current_name_and_stack)
{
	int res[3] = { 0, 0, 0 };
	struct uk_thread *t = uk_thread_create("named-thread-long-name",
					       check_self, res, 8192);

	UK_TEST_ASSERT(t != NULL);
	UK_TEST_EXPECT_STREQ(uk_thread_name(t), "named-thread-lo"); /* 15 */
	UK_TEST_EXPECT_STREQ(uk_thread_name(uk_thread_current()), "main");
	uk_thread_join(t);
	UK_TEST_EXPECT(res[0] && res[1] && res[2]);
	UK_TEST_EXPECT_EQ(uk_thread_join(uk_thread_current()), -1);
}

UK_TEST(threads, many_threads_memory_returns)
{
	struct uk_alloc_stats a0, a1;
	struct uk_sched_stats s;
	struct uk_thread *t[100];
	int n = 0, i;

	uk_alloc_stats_get(uk_alloc_get_default(), &a0);
	for (i = 0; i < 100; i++)
		t[i] = uk_thread_create("many", count, &n, 16384);
	uk_sched_stats_get(&s);
	UK_TEST_EXPECT_GE(s.threads, 101);
	for (i = 0; i < 100; i++)
		UK_TEST_EXPECT_EQ(uk_thread_join(t[i]), 0);
	UK_TEST_EXPECT_EQ(n, 100);
	uk_alloc_stats_get(uk_alloc_get_default(), &a1);
	UK_TEST_EXPECT_EQ(a1.cur_nb_allocs, a0.cur_nb_allocs);
}

UK_TEST(threads, detached_threads_are_freed)
{
	struct uk_alloc_stats a0, a1;
	int n = 0, i;

	uk_alloc_stats_get(uk_alloc_get_default(), &a0);
	for (i = 0; i < 10; i++)
		uk_thread_detach(uk_thread_create("det", count, &n, 0));
	uk_sched_yield(); /* they all run and end; the last is reaped by us */
	UK_TEST_EXPECT_EQ(n, 10);
	uk_alloc_stats_get(uk_alloc_get_default(), &a1);
	UK_TEST_EXPECT_EQ(a1.cur_nb_allocs, a0.cur_nb_allocs);
	UK_TEST_EXPECT_EQ(uk_thread_join(uk_thread_current()), -1);
}
