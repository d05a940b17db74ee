/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/prof.h - a periodic sampling tick for a profiler (libs/ukprof).
 *
 * Unlike every other interrupt (uk/plat/time.h), the tick is taken while
 * the unikernel runs, not only inside ukplat_halt(): it interrupts
 * whatever code is on the CPU and calls the profiler's function with the
 * interrupted program counter and its frame-pointer chain. The function
 * runs in that interrupt context: it may only record into memory it
 * owns (no allocation, no locks, no scheduler, no console except as a
 * last act). How each platform delivers the tick without letting any
 * other interrupt in outside halt:
 *
 * - kvm-x86_64: the 8254 PIT's channel 0 in rate-generator mode, its
 *   IOAPIC entry in NMI delivery mode. An NMI is taken whatever the
 *   interrupt flag says, so IF stays clear outside halt and no device or
 *   timer vector can run there; NMIs do not nest.
 * - kvm-arm64: the EL1 physical timer, its PPI the GIC's only Group 0
 *   interrupt, signalled as FIQ; PSTATE.F is open while PSTATE.I stays
 *   set outside halt, so no other interrupt is taken there. The FIQ is
 *   not taken inside exception handlers (entry masks F), so ticks do not
 *   nest. Returns -95 where Group 0 is the secure side's.
 * - linuxu: SIGPROF from setitimer(ITIMER_PROF) (process CPU time, so an
 *   idle image gets no ticks), with SA_RESTART.
 *
 * The code is in its own sections: an image that never calls
 * ukplat_prof_start() links none of it.
 */
#ifndef UK_PLAT_PROF_H
#define UK_PLAT_PROF_H

#include <stdint.h>

/** The most frames a tick reports (program counter included). */
#define UKPLAT_PROF_MAX_DEPTH 64

/**
 * Called on every tick with the interrupted program counter in pcs[0]
 * and the return addresses of the frame-pointer chain above it (n >= 1
 * entries in all, at most the depth given to ukplat_prof_start()).
 */
typedef void (*ukplat_prof_tick_t)(const uintptr_t *pcs, unsigned int n);

/**
 * Start ticking about hz times a second (CPU time on linuxu), walking at
 * most depth frames (1 .. UKPLAT_PROF_MAX_DEPTH). Returns 0, or -22 for
 * a bad argument, -95 where the platform has no profiling tick.
 */
int ukplat_prof_start(unsigned int hz, unsigned int depth,
		      ukplat_prof_tick_t fn);

/** Stop the tick; no call of fn starts after this returns. */
void ukplat_prof_stop(void);

#endif /* UK_PLAT_PROF_H */
