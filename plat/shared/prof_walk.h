/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * prof_walk.h - the frame-pointer walk of a profiling tick
 * (uk/plat/prof.h): like the crash backtrace's, every frame record is
 * checked readable (memcheck.h) before it is read, so a tick that lands
 * where the frame pointer is not (yet) a frame pointer stops the walk
 * instead of faulting.
 */
#ifndef PLAT_SHARED_PROF_WALK_H
#define PLAT_SHARED_PROF_WALK_H

#include <stdint.h>

/** pcs[0] = pc, then return addresses from fp's chain; returns the count (1 .. max). */
unsigned int plat_prof_walk(uint64_t pc, uint64_t fp, uintptr_t *pcs,
			    unsigned int max);

#endif /* PLAT_SHARED_PROF_WALK_H */
