/* SPDX-License-Identifier: BSD-3-Clause */
/* Wait queues: FIFOs of blocked threads, and blocking itself. */
#include <uk/plat/time.h>
#include <uk/trace.h>
#include "core.h"

void uk_waitq_init(struct uk_waitq *wq) { wq->head = wq->tail = NULL; }

int uk_waitq_empty(const struct uk_waitq *wq) { return wq->head == NULL; }

static void enqueue(struct uk_waitq *wq, struct uk_thread *t)
{
	t->next = NULL;
	t->prev = wq->tail;
	if (wq->tail)
		wq->tail->next = t;
	else
		wq->head = t;
	wq->tail = t;
	t->waitq = wq;
}

void uksched_waitq_remove(struct uk_thread *t)
{
	struct uk_waitq *wq = t->waitq;

	if (!wq)
		return;
	if (t->prev)
		t->prev->next = t->next;
	else
		wq->head = t->next;
	if (t->next)
		t->next->prev = t->prev;
	else
		wq->tail = t->prev;
	t->next = t->prev = NULL;
	t->waitq = NULL;
}

void uksched_wake(struct uk_thread *t, int timed_out)
{
	uksched_waitq_remove(t);
	uksched_timeout_remove(t);
	UK_TRACE(sched_wake, t, timed_out);
	t->timed_out = timed_out;
	t->state = UK_THREAD_RUNNABLE;
	uk_sched_impl_ready(t);
}

int uksched_block(struct uk_waitq *wq, uint64_t deadline)
{
	struct uk_thread *t = uksched_current;

	t->state = UK_THREAD_BLOCKED;
	t->timed_out = 0;
	if (wq)
		enqueue(wq, t);
	UK_TRACE(sched_sleep, t, wq, deadline);
	t->deadline = deadline;
	if (deadline != UKPLAT_TIME_NEVER)
		uksched_timeout_add(t);
	uk_sched_impl_schedule();
	return t->timed_out ? UK_WAITQ_TIMEDOUT : 0;
}

int uk_waitq_wait(struct uk_waitq *wq, uint64_t deadline)
{
	return uksched_block(wq, deadline);
}

int uk_waitq_wait_irq(struct uk_waitq *wq, uint64_t deadline)
{
	int r;

	uksched_irq_waiters++;
	r = uksched_block(wq, deadline);
	uksched_irq_waiters--;
	return r;
}

int uk_waitq_wake_one(struct uk_waitq *wq)
{
	if (!wq->head)
		return 0;
	uksched_wake(wq->head, 0);
	return 1;
}

int uk_waitq_wake_all(struct uk_waitq *wq)
{
	int n = 0;

	while (uk_waitq_wake_one(wq))
		n++;
	return n;
}
