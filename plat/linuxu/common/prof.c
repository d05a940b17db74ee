/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/prof.h on linuxu: SIGPROF from setitimer(ITIMER_PROF), which
 * counts the process's CPU time. The handler reads pc and fp from the
 * signal's ucontext and walks the frames (../../shared/prof_walk.c).
 * SA_RESTART: an interrupted console write goes on (halt's ppoll
 * returns early, which halt allows).
 */
#include <stddef.h>
#include <uk/plat/prof.h>
#include "../../shared/prof_walk.h"
#include "linuxu.h"

#define SIGPROF 27
#define ITIMER_PROF 2
#define SA_RESTART 0x10000000ul

struct timeval_ {
	long sec;
	long usec;
};

struct itimerval_ {
	struct timeval_ interval;
	struct timeval_ value;
};

static ukplat_prof_tick_t tick_fn;
static unsigned int tick_depth;

static void on_prof(int sig, void *si, void *ucontext)
{
	uintptr_t pcs[UKPLAT_PROF_MAX_DEPTH];
	struct linuxu_regs regs;
	ukplat_prof_tick_t fn = tick_fn;

	(void)sig;
	(void)si;
	if (!fn)
		return;
	linuxu_ucontext_regs(ucontext, &regs);
	fn(pcs, plat_prof_walk(regs.pc, regs.fp, pcs, tick_depth));
}

static long set_timer(unsigned int hz)
{
	long usec = hz ? 1000000L / hz : 0;
	struct itimerval_ it = { { 0, usec }, { 0, usec } };

	if (hz && !usec)
		it.interval.usec = it.value.usec = 1;
	return linuxu_setitimer(ITIMER_PROF, &it);
}

int ukplat_prof_start(unsigned int hz, unsigned int depth,
		      ukplat_prof_tick_t fn)
{
	const struct linuxu_sigaction sa = {
		.handler = (void *)on_prof,
		.flags = LINUXU_SA_SIGINFO | LINUXU_SA_RESTORER | SA_RESTART,
		.restorer = linuxu_sigrestorer,
		.mask = 0,
	};

	if (!fn || !hz || hz > 1000000 || !depth ||
	    depth > UKPLAT_PROF_MAX_DEPTH)
		return -22;
	tick_fn = fn;
	tick_depth = depth;
	if (linuxu_rt_sigaction(SIGPROF, &sa, NULL) < 0)
		return -22;
	return set_timer(hz) < 0 ? -22 : 0;
}

void ukplat_prof_stop(void)
{
	set_timer(0);
	tick_fn = NULL;
}
