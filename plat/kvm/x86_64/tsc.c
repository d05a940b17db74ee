/* SPDX-License-Identifier: BSD-3-Clause */
/* TSC frequency (CPUID or PIT calibration) and TSC <-> ns conversion. */
#include <uk/arch/lcpu.h>
#include <uk/plat/time.h>
#include "pit.h"
#include "tsc.h"

#define CALIBRATE_PIT_TICKS (KVM_PIT_HZ / 500) /* 2 ms */
#define CALIBRATE_WINDOWS 8
/* Two windows in a row this close (parts per million) end the calibration. */
#define CALIBRATE_AGREE_PPM 500
#define NS_SHIFT 32  /* ns = cycles * to_ns >> NS_SHIFT */
#define TSC_SHIFT 24 /* cycles = ns * to_tsc >> TSC_SHIFT */

static uint64_t boot_tsc;
static uint64_t hz, to_ns, to_tsc;

void kvm_tsc_mark_boot(void) { boot_tsc = ukarch_rdtsc(); }

/* CPUID 0x15: TSC = crystal * ebx / eax, when all three are given. */
static uint64_t hz_from_cpuid(void)
{
	uint32_t r[4];

	ukarch_cpuid(0, 0, r);
	if (r[0] < 0x15)
		return 0;
	ukarch_cpuid(0x15, 0, r);
	if (!r[0] || !r[1] || !r[2])
		return 0;
	return (uint64_t)r[2] * r[1] / r[0];
}

static int agree(uint64_t a, uint64_t b)
{
	uint64_t d = a > b ? a - b : b - a;

	return d * 1000000 <= b * CALIBRATE_AGREE_PPM;
}

/*
 * Cycles per PIT tick over short PIT windows, until two windows in a row
 * agree (at most CALIBRATE_WINDOWS); the lowest wins. The tick count is
 * kept modulo the PIT's 16-bit wrap, so a vCPU that sleeps inside a
 * window only makes it longer, and still exact, unless it sleeps for
 * longer than a wrap (55 ms, a busy host under TCG): those wraps are
 * lost and the window reads long, never short. Two agreeing windows are
 * taken as unharmed. Each window is 2 ms (2386 ticks: 0.04 % of
 * quantization), so a boot that asks for the time pays about 4 ms, not
 * the 20 ms of five fixed 4 ms windows that made Lua's boot miss its goal.
 */
static uint64_t hz_from_pit(void)
{
	unsigned long long cycles;
	unsigned int ticks, i;
	uint64_t hz, prev = 0, best = UINT64_MAX;

	for (i = 0; i < CALIBRATE_WINDOWS; i++) {
		/* Give up after ~2^32 cycles (1-4 s) without the PIT moving. */
		if (kvm_pit_wait(CALIBRATE_PIT_TICKS, 1ULL << 32, &cycles,
				 &ticks))
			return 0;
		hz = cycles * KVM_PIT_HZ / ticks;
		if (hz < best)
			best = hz;
		if (prev && agree(hz, prev))
			break;
		prev = hz;
	}
	return best;
}

uint64_t kvm_tsc_hz(void)
{
	if (hz)
		return hz;
	hz = hz_from_cpuid();
	if (!hz)
		hz = hz_from_pit();
	if (!hz)
		hz = 1000000000; /* no reference at all: assume 1 GHz */
	to_ns = (UKPLAT_NSEC_PER_SEC << NS_SHIFT) / hz;
	to_tsc = (hz << TSC_SHIFT) / UKPLAT_NSEC_PER_SEC;
	return hz;
}

uint64_t kvm_tsc_now_ns(void)
{
	uint64_t cycles;

	kvm_tsc_hz();
	cycles = ukarch_rdtsc() - boot_tsc;
	return (uint64_t)(((unsigned __int128)cycles * to_ns) >> NS_SHIFT);
}

uint64_t kvm_tsc_at_ns(uint64_t ns)
{
	unsigned __int128 c;

	kvm_tsc_hz();
	c = ((unsigned __int128)ns * to_tsc + ((1u << TSC_SHIFT) - 1)) >>
	    TSC_SHIFT;
	/* One cycle more: the conversions round, the timer must not be early. */
	return boot_tsc + (uint64_t)c + 1;
}
