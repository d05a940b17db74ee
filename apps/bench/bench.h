/* SPDX-License-Identifier: BSD-3-Clause */
/* The benchmarks of this app; each prints "<name> <value>" lines. */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>

/** Nanoseconds per switch: two threads yielding to each other. */
void bench_yield(void);
/** Nanoseconds per hand-over: a semaphore ping-pong between two threads. */
void bench_pingpong(void);
/** Operations per second: random malloc/free/realloc on the heap. */
void bench_alloc(void);

/** Monotonic nanoseconds. */
uint64_t bench_now(void);

#endif /* BENCH_H */
