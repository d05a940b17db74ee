/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * startinfo.h - the x86_64 PV start_info page (%rsi at entry) and the
 * fixed addresses of a 64-bit PV guest.
 */
#ifndef XEN_X86_64_STARTINFO_H
#define XEN_X86_64_STARTINFO_H

#include <stdint.h>

#define XEN_SIF_PRIVILEGED 0x1 /* the domain may do privileged operations */
#define XEN_SIF_INITDOMAIN 0x2 /* the domain is dom0 */
#define XEN_SIF_MOD_START_PFN \
	0x8 /* mod_start is a page number, not an address */

#define XEN_GUEST_CMDLINE_MAX 1024

/* Read-only machine-to-pseudo-physical table Xen maps in every PV guest. */
#define XEN_M2P_VIRT_START 0xffff800000000000UL

struct xen_start_info {
	char magic[32];	      /* "xen-<version>-<platform>" */
	uint64_t nr_pages;    /* pseudo-physical pages of the domain */
	uint64_t shared_info; /* machine address of the shared info page */
	uint32_t flags;	      /* XEN_SIF_* */
	uint64_t store_mfn;   /* xenstore ring page (domU) */
	uint32_t store_evtchn;
	union {
		struct {
			uint64_t mfn;	 /* console ring page */
			uint32_t evtchn; /* its event channel */
		} domU;
		struct {
			uint32_t info_off;
			uint32_t info_size;
		} dom0;
	} console;
	uint64_t pt_base;      /* virtual address of the bootstrap L4 */
	uint64_t nr_pt_frames; /* pages of bootstrap page tables */
	uint64_t mfn_list;     /* virtual address of the p2m: pfn -> mfn */
	uint64_t
		mod_start; /* virtual address of the first module (the initrd) */
	uint64_t mod_len;  /* its bytes, 0 without one */
	char cmd_line[XEN_GUEST_CMDLINE_MAX];
	uint64_t first_p2m_pfn;
	uint64_t nr_p2m_frames;
};

_Static_assert(__builtin_offsetof(struct xen_start_info, console) == 72,
	       "start_info layout");
_Static_assert(__builtin_offsetof(struct xen_start_info, cmd_line) == 128,
	       "start_info layout");

#endif /* XEN_X86_64_STARTINFO_H */
