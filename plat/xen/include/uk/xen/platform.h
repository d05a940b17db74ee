/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/xen/platform.h - what plat-xen offers Xen PV drivers (xenbus,
 * grant tables, netfront, blkfront) on x86_64 PV and arm64: hypercalls,
 * event channels of vCPU 0, the xenstore ring, and the frame numbers
 * and mappings that shared pages need.
 *
 * Event handlers run only inside ukplat_halt(), i.e. from the idle loop
 * of the scheduler while every thread is blocked (x86_64: the event
 * upcall, taken only in SCHEDOP_block; arm64: the event PPI through the
 * vGIC, unmasked only in wfi). A handler may therefore wake threads
 * (uk_waitq_wake_*()), but must not block. Every port starts masked;
 * ukplat_xen_evtchn_bind() gives it a handler and unmasks it.
 */
#ifndef UK_XEN_PLATFORM_H
#define UK_XEN_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Hypercall numbers of Xen's public xen.h that drivers use. */
#define UKPLAT_XEN_HC_MEMORY_OP 12
#define UKPLAT_XEN_HC_GRANT_TABLE_OP 20
#define UKPLAT_XEN_HC_EVENT_CHANNEL_OP 32
#define UKPLAT_XEN_HC_HVM_OP 34

/** ENODEV as the C library numbers it (plat-xen has no libc of its own). */
#define UKPLAT_XEN_ENODEV 19

/** The domain a hypercall acts on when it is the caller (DOMID_SELF). */
#define UKPLAT_XEN_DOMID_SELF 0x7ff0

/**
 * Hypercall op with up to five arguments (x86_64: the hypercall page;
 * arm64: hvc #0xEA1). Returns Xen's result (< 0: -errno as Xen numbers it).
 */
long ukplat_xen_hypercall(unsigned int op, uint64_t a1, uint64_t a2,
			  uint64_t a3, uint64_t a4, uint64_t a5);

/** True when this domain is dom0. */
bool ukplat_xen_is_dom0(void);

/**
 * The xenstore ring page, mapped, and its event channel port (x86_64 PV:
 * start_info's store_mfn and store_evtchn; arm64: HVM_PARAM_STORE_PFN and
 * HVM_PARAM_STORE_EVTCHN). Returns 0, or -ENODEV if the domain has none
 * (dom0, a dom0less domU without xenstore).
 */
int ukplat_xen_store(void **ring, uint32_t *port);

/**
 * The frame number Xen and other domains know the page at va by, as
 * grant entries and ring descriptors carry it (x86_64 PV: the machine
 * frame from the p2m; arm64: the guest frame, va >> 12).
 */
uint64_t ukplat_xen_frame(const void *va);

/**
 * The pages where the grant table's frames go, nframes of them, mapped
 * read-write (x86_64 PV: pages of the image's .bss, each remapped to the
 * machine frame in frames[] that GNTTABOP_setup_table returned; arm64:
 * the guest-physical grant-table region Xen reserves (the hypervisor
 * node's first reg in the device tree, else the domU layout's), which
 * the caller fills with XENMEM_add_to_physmap; frames is not read).
 * Returns the address of the first page, or NULL (too many frames, or
 * Xen refused a mapping).
 */
void *ukplat_xen_gnttab_map(const uint64_t *frames, unsigned int nframes);

/** Most frames ukplat_xen_gnttab_map() can map. */
#define UKPLAT_XEN_GNTTAB_MAX_FRAMES 32

/** A port's event handler (see above for where it runs). */
typedef void (*ukplat_xen_evtchn_fn)(uint32_t port, void *arg);

/**
 * A new port that domain remote may bind to (EVTCHNOP_alloc_unbound):
 * the port, masked, or < 0 (-errno).
 */
long ukplat_xen_evtchn_alloc_unbound(uint16_t remote);

/** Call fn(port, arg) for each event on port from now on, and unmask it. */
void ukplat_xen_evtchn_bind(uint32_t port, ukplat_xen_evtchn_fn fn, void *arg);

/** Mask port and forget its handler (the port stays open). */
void ukplat_xen_evtchn_unbind(uint32_t port);

/** Raise port towards its other end (EVTCHNOP_send). 0 or -errno. */
long ukplat_xen_evtchn_notify(uint32_t port);

/** Close port (EVTCHNOP_close), unbinding it first. */
void ukplat_xen_evtchn_close(uint32_t port);

/** Bind a loopback IPI port on vCPU 0 (masked): the port, or < 0 (for tests). */
long ukplat_xen_evtchn_bind_ipi(void);

#endif /* UK_XEN_PLATFORM_H */
