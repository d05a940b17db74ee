/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/sched.h - threads, sleeping and wait queues.
 *
 * Threads are scheduled cooperatively by the image's scheduler (the
 * provider of the 'scheduler' capability, ukschedcoop by default): a
 * thread runs until it yields, sleeps, blocks on a wait queue or ends.
 * There is no preemption and no periodic tick; when no thread can run,
 * the CPU halts until the earliest sleeper's deadline (uk/plat/time.h).
 * The code that called main() is the thread "main", from the start.
 *
 * Times are monotonic nanoseconds (ukplat_monotonic_clock()); a deadline
 * of UKPLAT_TIME_NEVER waits without limit. Nothing here may be called
 * from an interrupt handler, except uk_waitq_wake_one() and
 * uk_waitq_wake_all(): platforms take interrupts only inside
 * ukplat_halt() (uk/plat/time.h), never in the middle of the scheduler's
 * work. A thread whose every peer is blocked with no deadline is a
 * deadlock: the unikernel crashes saying so, unless one of them waits
 * with uk_waitq_wait_irq() for an interrupt to wake it.
 */
#ifndef UK_SCHED_H
#define UK_SCHED_H

#include <stddef.h>
#include <stdint.h>

struct uk_thread;

/** A thread's function; returning from it ends the thread. */
typedef void (*uk_thread_fn_t)(void *arg);

/**
 * A runnable thread that will call fn(arg), with a stack of stack_size
 * bytes (0: CONFIG_LIBUKSCHED_STACK_SIZE) from the default allocator; it
 * runs once the caller yields or blocks. name (at most 15 characters
 * kept) is for reports. NULL if memory is short. Join or detach it.
 */
struct uk_thread *uk_thread_create(const char *name, uk_thread_fn_t fn,
				   void *arg, size_t stack_size);
/** Wait until t has ended, then free it. 0, or -1 if t is the caller or
 * detached. */
int uk_thread_join(struct uk_thread *t);
/** Let t be freed when it ends, without a join. */
void uk_thread_detach(struct uk_thread *t);
/** End the calling thread (as returning from its function does). When
 * main ends this way the unikernel goes on until every thread ends,
 * then stops with status 0. */
__attribute__((noreturn)) void uk_thread_exit(void);
/** The calling thread. */
struct uk_thread *uk_thread_current(void);
/** A thread's name. */
const char *uk_thread_name(const struct uk_thread *t);
/** A pointer-sized slot each thread has for its user (NULL at start;
 * nolibc keeps its pthread there). */
void *uk_thread_get_priv(const struct uk_thread *t);
/** Set t's slot. */
void uk_thread_set_priv(struct uk_thread *t, void *priv);

/** Let the other runnable threads run, then continue. */
void uk_sched_yield(void);
/** Sleep until the monotonic clock reaches deadline. */
void uk_sched_sleep_until(uint64_t deadline);
/** Sleep for ns nanoseconds (at least). */
void uk_sched_sleep_ns(uint64_t ns);

/** Counters since boot (for tests and benchmarks). */
struct uk_sched_stats {
	unsigned long switches; /**< context switches */
	unsigned long halts;	/**< halts of the idle loop */
	unsigned long threads;	/**< threads alive, main included */
};
/** Copy the counters into *s. */
void uk_sched_stats_get(struct uk_sched_stats *s);

/** A FIFO of blocked threads. Zero-initialised or UK_WAITQ_INIT. */
struct uk_waitq {
	struct uk_thread *head, *tail;
};
#define UK_WAITQ_INIT      \
	{                  \
		NULL, NULL \
	}

/** uk_waitq_wait() returns this when the deadline passed first. */
#define UK_WAITQ_TIMEDOUT 1

/** Make wq empty. */
void uk_waitq_init(struct uk_waitq *wq);
/** Block until woken through wq (0) or until deadline (UK_WAITQ_TIMEDOUT). */
int uk_waitq_wait(struct uk_waitq *wq, uint64_t deadline);
/**
 * uk_waitq_wait() for a wake-up that an interrupt handler will send (a
 * device queue's event). While any thread waits so, an idle CPU with no
 * deadline to wait for halts until an interrupt instead of reporting a
 * deadlock.
 */
int uk_waitq_wait_irq(struct uk_waitq *wq, uint64_t deadline);
/** Make the longest waiter runnable; 1 if there was one, else 0. */
int uk_waitq_wake_one(struct uk_waitq *wq);
/** Make every waiter runnable; returns how many. */
int uk_waitq_wake_all(struct uk_waitq *wq);
/** 1 if no thread waits on wq. */
int uk_waitq_empty(const struct uk_waitq *wq);

#endif /* UK_SCHED_H */
