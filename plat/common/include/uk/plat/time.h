/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h - clocks, a one-shot timer and halting until an
 * interrupt. Every platform implements these four functions.
 *
 * Times are nanoseconds in a uint64_t. There is no periodic tick: the
 * only timer interrupt is the one armed with ukplat_timer_arm(), so an
 * idle unikernel sleeps until its next deadline (tickless).
 *
 * Interrupts are masked while the unikernel runs and are taken only
 * inside ukplat_halt(); code outside it never races with an interrupt
 * handler. A scheduler's idle loop is therefore:
 *
 *	while (nothing to run) {
 *		ukplat_timer_arm(next_deadline);
 *		ukplat_halt();
 *	}
 *
 * No work may happen at boot for these: a platform that must calibrate
 * a counter does it on the first call that needs it (a few ms at most).
 *
 * Implementations: kvm-x86_64 (TSC, calibrated against the PIT unless
 * CPUID tells its frequency; LAPIC timer; CMOS RTC for the wall clock),
 * linuxu (clock_gettime, timerfd, ppoll), xen-x86_64 (PV clock, the
 * vCPU's single-shot timer on a VIRQ_TIMER event channel, SCHEDOP_block),
 * kvm-arm64 and xen-arm64 (generic timer, its interrupt through the GIC).
 */
#ifndef UK_PLAT_TIME_H
#define UK_PLAT_TIME_H

#include <stdint.h>

/** Nanoseconds per second. */
#define UKPLAT_NSEC_PER_SEC 1000000000ULL
/** A deadline that never comes: ukplat_timer_arm(UKPLAT_TIME_NEVER) disarms. */
#define UKPLAT_TIME_NEVER UINT64_MAX

/**
 * Monotonic time in nanoseconds from an arbitrary origin at or before
 * boot. Never goes backwards; keeps counting while halted.
 */
uint64_t ukplat_monotonic_clock(void);

/**
 * Wall-clock time: nanoseconds since 1970-01-01 00:00:00 UTC, as well as
 * the platform knows it (the RTC's second on kvm, then advanced by the
 * monotonic clock). A platform with no wall clock counts from 0 at boot.
 */
uint64_t ukplat_wall_clock(void);

/**
 * Arm the one-shot timer: an interrupt once ukplat_monotonic_clock()
 * reaches deadline (never early; late by the platform's latency). Replaces
 * any deadline armed before; UKPLAT_TIME_NEVER disarms. A deadline that
 * has already passed makes the next ukplat_halt() return at once.
 */
void ukplat_timer_arm(uint64_t deadline);

/**
 * Halt the CPU until an interrupt has been handled (the armed timer, or
 * any device), then return with interrupts masked again. Returns at once
 * if the armed deadline has passed. Callers loop on their own condition:
 * a return says only that something may have happened.
 */
void ukplat_halt(void);

#endif /* UK_PLAT_TIME_H */
