/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * tracetest [crash]: main records tracetest_begin(argc), two threads
 * record tracetest_step(id, i) for i = 0..2 and yield after each, so the
 * cooperative scheduler alternates them (1,0 2,0 1,1 2,1 1,2 2,2); main
 * joins them, records tracetest_end(answer = 42) and dumps the trace buffer.
 * "crash" then panics instead of returning. "bench N" only records N
 * events of one trace point and prints the time per event
 * (bench/trace.mjs).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uk/ukdebug.h>
#include <uk/sched.h>
#include <uk/trace.h>

static void worker(void *arg)
{
	uintptr_t id = (uintptr_t)arg;
	int i;

	for (i = 0; i < 3; i++) {
		UK_TRACE(tracetest_step, id, i);
		uk_sched_yield();
	}
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* n events of one trace point; the loop alone is timed too and taken off. */
static int bench(unsigned long n)
{
	volatile unsigned long sink = 0;
	uint64_t t0, t1, t2;
	unsigned long i;

	t0 = now_ns();
	for (i = 0; i < n; i++)
		sink += i;
	t1 = now_ns();
	for (i = 0; i < n; i++)
		UK_TRACE(tracetest_bench, i);
	t2 = now_ns();
	printf("tracetest: bench %lu events, %lu ns per event\n", n,
	       (unsigned long)(((t2 - t1) - (t1 - t0)) / (n ? n : 1)));
	return (int)(sink & 0);
}

int main(int argc, char *argv[])
{
	struct uk_thread *a, *b;
	int answer = 42;

	if (argc > 2 && !strcmp(argv[1], "bench"))
		return bench(strtoul(argv[2], NULL, 10));
	UK_TRACE(tracetest_begin, argc);
	a = uk_thread_create("one", worker, (void *)1, 0);
	b = uk_thread_create("two", worker, (void *)2, 0);
	if (!a || !b)
		return 1;
	uk_thread_join(a);
	uk_thread_join(b);
	UK_TRACE(tracetest_end, answer);
	uk_trace_dump();
	if (argc > 1 && !strcmp(argv[1], "crash"))
		uk_panic("tracetest: crash requested\n");
	return 0;
}
