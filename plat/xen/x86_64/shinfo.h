/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * shinfo.h - the shared_info page (x86_64 layout): per-vCPU event and
 * time data, event-channel bitmaps, wall clock. Mapped by
 * xen_shinfo_map(); xen_clock_ns() reads vCPU 0's PV clock;
 * the event channels (../common/evtchn.h) use the rest.
 */
#ifndef XEN_X86_64_SHINFO_H
#define XEN_X86_64_SHINFO_H

#include <stdint.h>

struct xen_vcpu_time_info {
	uint32_t version; /* odd while Xen updates the record */
	uint32_t pad0;
	uint64_t tsc_timestamp; /* TSC when system_time was taken */
	uint64_t system_time;	/* ns since the domain's clock started */
	uint32_t tsc_to_system_mul;
	int8_t tsc_shift;
	uint8_t flags;
	uint8_t pad1[2];
};

struct xen_vcpu_info {
	uint8_t evtchn_upcall_pending;
	uint8_t evtchn_upcall_mask; /* 1: no event upcalls */
	uint64_t evtchn_pending_sel;
	uint64_t cr2; /* fault address of the last #PF */
	uint64_t pad;
	struct xen_vcpu_time_info time;
};
_Static_assert(sizeof(struct xen_vcpu_info) == 64, "vcpu_info layout");

struct xen_shared_info {
	struct xen_vcpu_info vcpu_info[32];
	uint64_t evtchn_pending[64];
	uint64_t evtchn_mask[64];
	uint32_t wc_version, wc_sec, wc_nsec, wc_sec_hi;
};
_Static_assert(__builtin_offsetof(struct xen_shared_info, wc_version) == 3072,
	       "shared_info layout");

/** Map the shared_info page at machine address maddr; mask event upcalls. */
void xen_shinfo_map(uint64_t maddr);

/** The mapped shared_info page, or NULL before xen_shinfo_map(). */
volatile struct xen_shared_info *xen_shinfo(void);

/** vCPU 0's data, or NULL before xen_shinfo_map(). */
volatile struct xen_vcpu_info *xen_vcpu0(void);

/**
 * Xen system time of vCPU 0 from its PV clock: monotonic nanoseconds
 * since the domain started (ukplat_monotonic_clock()).
 */
uint64_t xen_clock_ns(void);

#endif /* XEN_X86_64_SHINFO_H */
