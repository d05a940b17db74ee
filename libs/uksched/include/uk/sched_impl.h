/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/sched_impl.h - between uksched and a scheduler.
 *
 * uksched keeps the threads, the wait queues, the deadlines and the
 * context switch; a scheduler (the provider of the 'scheduler'
 * capability, e.g. ukschedcoop) owns the run queue and chooses. It
 * implements the two uk_sched_impl_*() functions; uksched offers the
 * uk_sched_*() helpers below. The current thread is never in the run
 * queue.
 */
#ifndef UK_SCHED_IMPL_H
#define UK_SCHED_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <uk/sched.h>

enum uk_thread_state {
	UK_THREAD_RUNNABLE,
	UK_THREAD_BLOCKED,
	UK_THREAD_EXITED,
};

/** A thread. Fields are uksched's; a scheduler uses next/prev for its
 * run queue while the thread is runnable and not current. */
struct uk_thread {
	void *sp; /**< saved stack pointer (arch switch) */
	enum uk_thread_state state;
	struct uk_thread *next, *prev; /**< run queue or wait queue */
	struct uk_waitq *waitq;	       /**< the queue it blocks on, if any */
	uint64_t deadline;	       /**< wake-up time, UKPLAT_TIME_NEVER */
	struct uk_thread *tnext;       /**< timeout list, by deadline */
	int timed_out;
	int detached;
	uk_thread_fn_t fn;
	void *arg;
	void *stack; /**< NULL for main (the boot stack) */
	size_t stack_size;
	void *stack_mem; /**< allocation: guard page, then the stack */
	int guarded;	 /**< the guard page is unmapped (uk/plat/guard.h) */
	struct uk_waitq joiners;
	void *priv;   /**< uk_thread_get_priv() */
	uintptr_t tp; /**< thread pointer (uk/plat/tls.h), saved at switches */
	void *tls;    /**< its TLS area; NULL for main (ukboot's) */
	char name[16];
};

/* Implemented by the scheduler. */
/** t has become runnable (created, or woken): queue it. */
void uk_sched_impl_ready(struct uk_thread *t);
/**
 * The current thread gives up the CPU: still runnable (a yield), blocked
 * or exited. Choose the next thread, calling uk_sched_idle() while none
 * is runnable, and uk_sched_switch_to() it (if it is not the current
 * one). Returns when the current thread runs again (never if exited).
 */
void uk_sched_impl_schedule(void);

/* Offered by uksched. */
/** Make every thread whose deadline has passed runnable; returns how
 * many. Cheap when no thread has a deadline. */
int uk_sched_wake_expired(void);
/** Nothing is runnable: wake the expired sleepers, else halt until the
 * next deadline (or an interrupt, for threads in uk_waitq_wait_irq());
 * crashes if there is neither (deadlock). */
void uk_sched_idle(void);
/** Switch from the current thread to next (runnable, not queued). */
void uk_sched_switch_to(struct uk_thread *next);

#endif /* UK_SCHED_IMPL_H */
