/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * timer.h - the VIRQ_TIMER event channel behind ukplat_timer_arm() on
 * x86_64 PV (time.c), for the tests that check it fires.
 */
#ifndef XEN_X86_64_TIMER_H
#define XEN_X86_64_TIMER_H

#include <stdint.h>

/** The VIRQ_TIMER port of vCPU 0, bound (and unmasked) on the first call. */
long xen_timer_port(void);

/** How many VIRQ_TIMER events the timer's handler has seen since boot. */
uint64_t xen_timer_fired(void);

/**
 * How many times ukplat_halt() set the timer again because it had fired
 * while the PV clock still read before the deadline.
 */
uint64_t xen_timer_rearmed(void);

#endif /* XEN_X86_64_TIMER_H */
