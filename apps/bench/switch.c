/* SPDX-License-Identifier: BSD-3-Clause */
/* Thread switch cost: yields between two threads, and a semaphore
 * ping-pong (block, wake, switch) between two threads. */
#include <stdio.h>
#include <uk/sched.h>
#include <uk/semaphore.h>
#include "bench.h"

#define YIELDS 200000
#define ROUNDS 100000

static void yielder(void *arg)
{
	long i;

	(void)arg;
	for (i = 0; i < YIELDS; i++)
		uk_sched_yield();
}

void bench_yield(void)
{
	struct uk_sched_stats s0, s1;
	struct uk_thread *t = uk_thread_create("yielder", yielder, NULL, 0);
	uint64_t t0 = bench_now(), ns;
	long i;

	uk_sched_stats_get(&s0);
	for (i = 0; i < YIELDS; i++)
		uk_sched_yield();
	ns = bench_now() - t0;
	uk_sched_stats_get(&s1);
	uk_thread_join(t);
	printf("yield_switch_ns %llu\n",
	       (unsigned long long)(ns / (s1.switches - s0.switches)));
}

static struct uk_semaphore ping, pong;

static void ponger(void *arg)
{
	long i;

	(void)arg;
	for (i = 0; i < ROUNDS; i++) {
		uk_semaphore_down(&ping);
		uk_semaphore_up(&pong);
	}
}

void bench_pingpong(void)
{
	struct uk_thread *t;
	uint64_t t0, ns;
	long i;

	uk_semaphore_init(&ping, 0);
	uk_semaphore_init(&pong, 0);
	t = uk_thread_create("ponger", ponger, NULL, 0);
	t0 = bench_now();
	for (i = 0; i < ROUNDS; i++) {
		uk_semaphore_up(&ping);
		uk_semaphore_down(&pong);
	}
	ns = bench_now() - t0;
	uk_thread_join(t);
	printf("pingpong_round_ns %llu\n", (unsigned long long)(ns / ROUNDS));
}
