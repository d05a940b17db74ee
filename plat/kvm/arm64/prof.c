/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/prof.h on kvm-arm64: no profiling tick yet. Interrupts are
 * taken only in halt, and a tick outside it would need the GIC to let
 * one PPI through while masking the rest (priority mask); not done.
 */
#include <uk/plat/prof.h>

int ukplat_prof_start(unsigned int hz, unsigned int depth,
		      ukplat_prof_tick_t fn)
{
	(void)hz;
	(void)depth;
	(void)fn;
	return -95;
}

void ukplat_prof_stop(void) {}
