/* SPDX-License-Identifier: BSD-3-Clause */
/* Creating, ending and joining threads. */
#include <stdalign.h>
#include <uk/plat/guard.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include <uk/plat/tls.h>
#include <uk/ukalloc.h>
#include "arch.h"
#include "core.h"

#ifndef CONFIG_LIBUKSCHED_STACK_SIZE
#define CONFIG_LIBUKSCHED_STACK_SIZE 65536
#endif
#define MIN_STACK 4096

void uksched_thread_entry(struct uk_thread *t);
void uksched_free_thread(struct uk_thread *t);

static void copy_name(char *dst, const char *src, size_t n)
{
	size_t i = 0;

	for (; src && src[i] && i < n - 1; i++)
		dst[i] = src[i];
	dst[i] = '\0';
}

struct uk_thread *uk_thread_create(const char *name, uk_thread_fn_t fn,
				   void *arg, size_t stack_size)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_thread *t;

	if (!stack_size)
		stack_size = CONFIG_LIBUKSCHED_STACK_SIZE;
	if (stack_size < MIN_STACK)
		stack_size = MIN_STACK;
	t = uk_calloc(a, 1, sizeof(*t));
	if (!t)
		return NULL;
	/* A guard page below the stack: overflows fault at once. */
	stack_size = (stack_size + UKPLAT_GUARD_SIZE - 1) &
		     ~(size_t)(UKPLAT_GUARD_SIZE - 1);
	t->stack_mem = uk_memalign(a, UKPLAT_GUARD_SIZE,
				   stack_size + UKPLAT_GUARD_SIZE);
	if (!t->stack_mem) {
		uk_free(a, t);
		return NULL;
	}
	t->tls =
		uk_memalign(a, ukplat_tls_area_align(), ukplat_tls_area_size());
	if (!t->tls) {
		uk_free(a, t->stack_mem);
		uk_free(a, t);
		return NULL;
	}
	t->tp = ukplat_tls_area_init(t->tls);
	t->guarded = ukplat_guard_page_set((uintptr_t)t->stack_mem) == 0;
	t->stack = (char *)t->stack_mem + UKPLAT_GUARD_SIZE;
	t->stack_size = stack_size;
	*(uint64_t *)t->stack = UKSCHED_STACK_CANARY;
	t->fn = fn;
	t->arg = arg;
	t->deadline = UKPLAT_TIME_NEVER;
	t->state = UK_THREAD_RUNNABLE;
	copy_name(t->name, name, sizeof(t->name));
	t->sp = uksched_arch_init_stack(t->stack, stack_size,
					uksched_thread_entry, t);
	uksched_stats.threads++;
	uk_sched_impl_ready(t);
	return t;
}

void uk_thread_exit(void)
{
	struct uk_thread *t = uksched_current;

	t->state = UK_THREAD_EXITED;
	uk_waitq_wake_all(&t->joiners);
	if (--uksched_stats.threads == 0)
		ukplat_terminate(0); /* main ended first, and now the last */
	uk_sched_impl_schedule();
	ukplat_crash("uksched: an exited thread was scheduled");
}

int uk_thread_join(struct uk_thread *t)
{
	if (!t || t == uksched_current || t->detached)
		return -1;
	while (t->state != UK_THREAD_EXITED)
		uk_waitq_wait(&t->joiners, UKPLAT_TIME_NEVER);
	uksched_free_thread(t);
	return 0;
}

void uk_thread_detach(struct uk_thread *t)
{
	t->detached = 1;
	if (t->state == UK_THREAD_EXITED)
		uksched_free_thread(t); /* ended already: nothing runs on it */
}

const char *uk_thread_name(const struct uk_thread *t) { return t->name; }

void *uk_thread_get_priv(const struct uk_thread *t) { return t->priv; }

void uk_thread_set_priv(struct uk_thread *t, void *priv) { t->priv = priv; }
