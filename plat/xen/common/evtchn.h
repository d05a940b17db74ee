/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * evtchn.h - Xen event channels of vCPU 0 (the 2-level ABI: the
 * evtchn_pending / evtchn_mask bitmaps in shared_info, the selector
 * evtchn_pending_sel and the flags evtchn_upcall_pending /
 * evtchn_upcall_mask in vcpu_info).
 *
 * evtchn_upcall_mask is the guest's interrupt flag (1 = masked). It is 1
 * while the unikernel runs; xen_evtchn_block() (called by ukplat_halt())
 * is the only place that clears it, so handlers run only there, with
 * upcalls masked, on the stack of whoever halted. Every port starts
 * masked; a port delivers upcalls once it has a handler and is unmasked.
 */
#ifndef XEN_COMMON_EVTCHN_H
#define XEN_COMMON_EVTCHN_H

#include <stdbool.h>
#include <stdint.h>

/** Ports below this may have a handler; events on others are dropped. */
#define XEN_EVTCHN_HANDLED_PORTS 1024

/** A port's handler, called with upcalls masked. */
typedef void (*xen_evtchn_handler_t)(uint32_t port, void *arg);

/**
 * Mask every port and register the upcall with Xen (x86_64 PV: the event
 * and failsafe callbacks; arm64: the event PPI in the GIC). Upcalls stay
 * masked. Called once, after shared_info is mapped (x86_64: at boot;
 * arm64: on first use, by xen_shinfo()).
 */
void xen_evtchn_init(void);

/** Bind virq on vCPU 0 (EVTCHNOP_bind_virq): the port (masked), or < 0 (-errno). */
long xen_evtchn_bind_virq(uint32_t virq);

/** Bind an IPI port to vCPU 0: sending on it raises it here. The port (masked), or < 0. */
long xen_evtchn_bind_ipi(void);

/** A port domain remote may bind to (EVTCHNOP_alloc_unbound): the port (masked), or < 0. */
long xen_evtchn_alloc_unbound(uint16_t remote);

/**
 * Bind a new port to remote_port of domain remote (EVTCHNOP_bind_interdomain;
 * XEN_DOMID_SELF: a loop within this domain): the port (masked), or < 0.
 */
long xen_evtchn_bind_interdomain(uint16_t remote, uint32_t remote_port);

/** Close port (EVTCHNOP_close); its handler is removed. */
void xen_evtchn_close(uint32_t port);

/** Call fn(port, arg) for each event on port; NULL drops them. */
void xen_evtchn_set_handler(uint32_t port, xen_evtchn_handler_t fn, void *arg);

/** Set port's mask bit: its events stay pending and raise no upcall. */
void xen_evtchn_mask(uint32_t port);

/** Clear port's mask bit (EVTCHNOP_unmask: an event already pending raises the upcall). */
void xen_evtchn_unmask(uint32_t port);

/** True if port's pending bit is set. */
bool xen_evtchn_is_pending(uint32_t port);

/** Clear port's pending bit (an event not yet handled is dropped). */
void xen_evtchn_clear(uint32_t port);

/**
 * Run the handlers of every pending, unmasked port (clearing each pending
 * bit first), until evtchn_upcall_pending stays clear. Call with upcalls
 * masked. Returns the number of events handled.
 */
unsigned int xen_evtchn_dispatch(void);

/**
 * Block vCPU 0 until an event is pending (SCHEDOP_block, which unmasks
 * upcalls and checks for pending events after marking the vCPU blocked,
 * so none is lost), take the upcall, and mask upcalls again. Returns at
 * once, after dispatching, if an unmasked event was already pending.
 * Call with upcalls masked.
 */
void xen_evtchn_block(void);

/** The upcall's C part (called by the arch's callback entry): dispatch. */
void xen_evtchn_upcall(void);

/** How many upcalls Xen has made since boot (for tests). */
uint64_t xen_evtchn_upcalls(void);

#endif /* XEN_COMMON_EVTCHN_H */
