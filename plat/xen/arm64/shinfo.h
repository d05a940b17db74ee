/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * shinfo.h - the shared_info page (arm layout: one legacy vcpu_info of
 * 48 bytes, as arch_vcpu_info is empty, then the event-channel bitmaps)
 * and its mapping. The event channels (../common/evtchn.h) use it; time
 * comes from the generic timer, not from here.
 */
#ifndef XEN_ARM64_SHINFO_H
#define XEN_ARM64_SHINFO_H

#include <stdint.h>

struct xen_vcpu_info {
	uint8_t evtchn_upcall_pending;
	/* Not read by Xen on arm: the guest masks the event PPI instead. */
	uint8_t evtchn_upcall_mask;
	uint64_t evtchn_pending_sel;
	uint8_t time
		[32]; /* vcpu_time_info: unused, the generic timer is the clock */
};
_Static_assert(sizeof(struct xen_vcpu_info) == 48, "arm vcpu_info layout");

struct xen_shared_info {
	struct xen_vcpu_info vcpu_info[1]; /* XEN_LEGACY_MAX_VCPUS on arm */
	uint64_t evtchn_pending[64];
	uint64_t evtchn_mask[64];
	uint32_t wc_version, wc_sec, wc_nsec, wc_sec_hi;
};
_Static_assert(__builtin_offsetof(struct xen_shared_info, evtchn_mask) == 560,
	       "arm shared_info layout");

/**
 * The shared_info page. On first use it is put over a page of our .bss
 * with XENMEM_add_to_physmap(XENMAPSPACE_shared_info), and the event
 * channels are set up (xen_evtchn_init(): every port masked, the event
 * PPI enabled). Crashes if Xen refuses the mapping.
 */
volatile struct xen_shared_info *xen_shinfo(void);

#endif /* XEN_ARM64_SHINFO_H */
