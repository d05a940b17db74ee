/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * upcall.h - how Xen signals events to an arm64 guest: evtchn_upcall_pending
 * in vcpu_info and a PPI (the "interrupts" of the device tree's xen,xen
 * node; GUEST_EVTCHN_PPI, 31, without one) through the virtual GIC. The
 * IRQ vector hands that INTID to xen_arm64_upcall() (devirq.c).
 */
#ifndef XEN_ARM64_UPCALL_H
#define XEN_ARM64_UPCALL_H

#include <stdbool.h>

/** Set the GIC up (if the first halt has not) and enable the event PPI. */
void xen_upcall_init(void);

/**
 * If intid is the event PPI (enabled): run the event handlers, end the
 * interrupt and let the halt it came in return; true. Else false.
 */
bool xen_arm64_upcall(unsigned int intid);

#endif /* XEN_ARM64_UPCALL_H */
