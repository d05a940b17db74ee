/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/time.h on kvm-arm64. The monotonic clock is the generic
 * timer's virtual counter (CNTVCT_EL0 at CNTFRQ_EL0 Hz); the wall clock
 * is the PL031 RTC's second (read once), advanced by the monotonic
 * clock. The one-shot timer is the virtual timer's compare value with
 * its interrupt masked: there is no interrupt controller set up yet, so
 * ukplat_halt() waits with wfe, woken by the counter's event stream
 * (every ~100 us), until the deadline passes.
 */
#include <stdbool.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>

/* QEMU virt's PL031 real-time clock: data register = seconds since 1970 */
#define PL031_DR 0x09010000UL

/* CNTV_CTL_EL0 */
#define CNTV_ENABLE 0x1
#define CNTV_IMASK 0x2
/* CNTKCTL_EL1: event stream on (EVNTEN), from counter bit EVNTI */
#define CNTKCTL_EVNTEN (1u << 2)
#define CNTKCTL_EVNTI_SHIFT 4
/* Wanted event period: an event per 2^(EVNTI + 1) ticks, about 100 us */
#define EVENT_HZ 10000

static uint64_t deadline = UKPLAT_TIME_NEVER;
static bool events_on;

static uint64_t ticks_to_ns(uint64_t t, uint64_t hz)
{
	/* No 128-bit arithmetic: whole seconds, then the remainder. */
	return t / hz * UKPLAT_NSEC_PER_SEC + t % hz * UKPLAT_NSEC_PER_SEC / hz;
}

/* Ticks at or after ns (rounded up, so a deadline is never early). */
static uint64_t ns_to_ticks(uint64_t ns, uint64_t hz)
{
	uint64_t rem = ns % UKPLAT_NSEC_PER_SEC;

	return ns / UKPLAT_NSEC_PER_SEC * hz +
	       (rem * hz + UKPLAT_NSEC_PER_SEC - 1) / UKPLAT_NSEC_PER_SEC;
}

uint64_t ukplat_monotonic_clock(void)
{
	uint64_t hz = ukarch_counter_freq();

	return hz ? ticks_to_ns(ukarch_read_counter(), hz) : 0;
}

uint64_t ukplat_wall_clock(void)
{
	static uint64_t base, at;
	static bool read;

	if (!read) {
		base = (uint64_t)*(volatile uint32_t *)PL031_DR *
		       UKPLAT_NSEC_PER_SEC;
		at = ukplat_monotonic_clock();
		read = true;
	}
	return base + (ukplat_monotonic_clock() - at);
}

void ukplat_timer_arm(uint64_t when)
{
	uint64_t hz = ukarch_counter_freq();

	deadline = when;
	if (when == UKPLAT_TIME_NEVER || !hz) {
		ukarch_sysreg_write(cntv_ctl_el0, 0);
		return;
	}
	ukarch_sysreg_write(cntv_cval_el0, ns_to_ticks(when, hz));
	ukarch_sysreg_write(cntv_ctl_el0, CNTV_ENABLE | CNTV_IMASK);
	ukarch_isb();
}

/* Periodic events from the counter, so wfe never sleeps for long. */
static void event_stream_on(void)
{
	uint64_t hz = ukarch_counter_freq(), ctl;
	unsigned int bit = 0;

	while (bit < 15 && (2ULL << (bit + 1)) * EVENT_HZ <= hz)
		bit++;
	ctl = ukarch_sysreg_read(cntkctl_el1);
	ctl &= ~(0xfULL << CNTKCTL_EVNTI_SHIFT);
	ctl |= CNTKCTL_EVNTEN | ((uint64_t)bit << CNTKCTL_EVNTI_SHIFT);
	ukarch_sysreg_write(cntkctl_el1, ctl);
	ukarch_isb();
	events_on = true;
}

void ukplat_halt(void)
{
	if (!events_on)
		event_stream_on();
	/* Timer condition met: CNTV_CTL_EL0.ISTATUS (bit 2), or no timer. */
	while (deadline == UKPLAT_TIME_NEVER ||
	       !(ukarch_sysreg_read(cntv_ctl_el0) & 0x4))
		__asm__ __volatile__("wfe" : : : "memory");
}
