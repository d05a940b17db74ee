/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shared_info page, mapped over a page of our .bss, and the PV
 * clock read from it: system_time plus the TSC ticks since
 * tsc_timestamp, scaled by tsc_to_system_mul / 2^32 after a shift.
 */
#include <stddef.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../common/console.h"
#include "../common/xen.h"
#include "mmu.h"
#include "shinfo.h"

static char shinfo_page[XEN_PAGE_SIZE] __attribute__((aligned(XEN_PAGE_SIZE)));
static volatile struct xen_shared_info *shinfo;

void xen_shinfo_map(uint64_t maddr)
{
	if (xen_mmu_set_page((uint64_t)(uintptr_t)shinfo_page, maddr) < 0)
		ukplat_crash("xen: could not map shared_info");
	shinfo = (volatile struct xen_shared_info *)shinfo_page;
	shinfo->vcpu_info[0].evtchn_upcall_mask = 1;
}

volatile struct xen_shared_info *xen_shinfo(void) { return shinfo; }

volatile struct xen_vcpu_info *xen_vcpu0(void)
{
	return shinfo ? &shinfo->vcpu_info[0] : NULL;
}

uint64_t xen_clock_ns(void)
{
	static uint64_t fake, last;
	volatile struct xen_vcpu_time_info *t;
	uint64_t tsc, stamp, base, delta, now;
	uint32_t v, mul;
	int8_t shift;

	/* Before the mapping: 1 ms per call, so waits stay bounded. */
	if (!shinfo)
		return fake += 1000000;
	t = &shinfo->vcpu_info[0].time;
	/*
	 * The record belongs to the physical CPU the vCPU last ran on: Xen
	 * rewrites it (bumping version) whenever it schedules the vCPU, on
	 * whichever pCPU. The TSC must be read inside the version check, so
	 * record and TSC come from the same pCPU; read after it, a move to
	 * another pCPU in between pairs the old record with a TSC it does
	 * not describe, which is off by the pCPUs' skew, or "negative"
	 * (a time centuries ahead once wrapped).
	 */
	do {
		v = t->version;
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		base = t->system_time;
		stamp = t->tsc_timestamp;
		mul = t->tsc_to_system_mul;
		shift = t->tsc_shift;
		/* rdtsc is not ordered by itself: after the loads above. */
		__asm__ __volatile__("lfence" : : : "memory");
		tsc = ukarch_rdtsc();
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	} while ((v & 1) || v != t->version);
	delta = tsc > stamp ? tsc - stamp : 0;
	delta = shift < 0 ? delta >> -shift : delta << shift;
	now = base + (uint64_t)(((unsigned __int128)delta * mul) >> 32);
	/*
	 * Xen's system time is per pCPU, kept close by calibration but not
	 * equal, and the record does not say it is monotonic across them
	 * (no XEN_PVCLOCK_TSC_STABLE_BIT): a move to another pCPU may step
	 * it back slightly. One vCPU reads it, so a plain high-water mark
	 * keeps the monotonic clock monotonic.
	 */
	if (now < last)
		return last;
	last = now;
	return now;
}
