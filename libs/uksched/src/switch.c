/* SPDX-License-Identifier: BSD-3-Clause */
/* Switching threads: stack checks, the switch itself, freeing threads
 * that ended detached once nothing runs on their stack any more. */
#include <uk/plat/guard.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/tls.h>
#include <uk/trace.h>
#include <uk/ukalloc.h>
#include "arch.h"
#include "core.h"

static struct uk_thread main_thread = {
	.state = UK_THREAD_RUNNABLE,
	.deadline = UINT64_MAX,
	.name = "main",
};

struct uk_thread *uksched_current = &main_thread;
struct uk_sched_stats uksched_stats = { .threads = 1 };

/* An exited detached thread, freed by the next thread to run. */
static struct uk_thread *zombie;

struct uk_thread *uk_thread_current(void) { return uksched_current; }

void uk_sched_stats_get(struct uk_sched_stats *s) { *s = uksched_stats; }

static void free_thread(struct uk_thread *t)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (!t->stack)
		return; /* main: its stack is the boot stack, its struct static */
	if (t->guarded)
		ukplat_guard_page_clear((uintptr_t)t->stack_mem);
	uk_free(a, t->stack_mem);
	uk_free(a, t->tls);
	uk_free(a, t);
}

/* Runs on the incoming thread's stack, after every switch. */
static void reap(void)
{
	if (zombie) {
		free_thread(zombie);
		zombie = NULL;
	}
}

void uksched_thread_entry(struct uk_thread *t)
{
	reap();
	t->fn(t->arg);
	uk_thread_exit();
}

void uk_sched_switch_to(struct uk_thread *next)
{
	struct uk_thread *prev = uksched_current;

	if (prev->stack && *(uint64_t *)prev->stack != UKSCHED_STACK_CANARY)
		ukplat_crash("uksched: a thread overflowed its stack");
	if (prev->state == UK_THREAD_EXITED && prev->detached)
		zombie = prev;
	uksched_current = next;
	uksched_stats.switches++;
	prev->tp = ukplat_tls_get(); /* main's was set by ukboot */
	ukplat_tls_set(next->tp);
	UK_TRACE(sched_switch, prev, next);
	uksched_arch_switch(&prev->sp, next->sp);
	reap();
}

/* Used by uk_thread_join(): t has ended and is not running. */
void uksched_free_thread(struct uk_thread *t) { free_thread(t); }
