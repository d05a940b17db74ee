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
#include "mmu.h"
#include "shinfo.h"

static char shinfo_page[4096] __attribute__((aligned(4096)));
static volatile struct xen_shared_info *shinfo;

void xen_shinfo_map(uint64_t maddr)
{
	if (xen_mmu_set_page((uint64_t)(uintptr_t)shinfo_page, maddr) < 0)
		ukplat_crash("xen: could not map shared_info");
	shinfo = (volatile struct xen_shared_info *)shinfo_page;
	shinfo->vcpu_info[0].evtchn_upcall_mask = 1;
}

volatile struct xen_shared_info *xen_shinfo(void)
{
	return shinfo;
}

volatile struct xen_vcpu_info *xen_vcpu0(void)
{
	return shinfo ? &shinfo->vcpu_info[0] : NULL;
}

uint64_t xen_clock_ns(void)
{
	static uint64_t fake;
	volatile struct xen_vcpu_time_info *t;
	uint64_t tsc, base, delta;
	uint32_t v, mul;
	int8_t shift;

	/* Before the mapping: 1 ms per call, so waits stay bounded. */
	if (!shinfo)
		return fake += 1000000;
	t = &shinfo->vcpu_info[0].time;
	do {
		v = t->version;
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		base = t->system_time;
		tsc = t->tsc_timestamp;
		mul = t->tsc_to_system_mul;
		shift = t->tsc_shift;
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
	} while ((v & 1) || v != t->version);
	delta = ukarch_rdtsc() - tsc;
	delta = shift < 0 ? delta >> -shift : delta << shift;
	return base + (uint64_t)(((unsigned __int128)delta * mul) >> 32);
}
