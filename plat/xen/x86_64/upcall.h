/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * upcall.h - how Xen enters an x86_64 PV guest for events: the event
 * callback (upcall.S) that runs the event-channel handlers, and the
 * failsafe callback Xen uses when it cannot restore the guest's segment
 * registers (fatal here).
 */
#ifndef XEN_X86_64_UPCALL_H
#define XEN_X86_64_UPCALL_H

/** Register both callbacks with Xen (HYPERVISOR_set_callbacks). */
void xen_upcall_init(void);

/** The failsafe callback's C part: a crash report. Never returns. */
__attribute__((noreturn)) void xen_failsafe(void);

#endif /* XEN_X86_64_UPCALL_H */
