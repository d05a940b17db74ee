/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * console.h - where ukplat_coutk() output goes on Xen.
 *
 * Before xen_console_use_ring() (and for dom0 always) it goes through
 * the console_io hypercall to Xen's own console (the serial line). An
 * unprivileged domain may not use console_io on a non-debug Xen
 * (-EPERM), so its platform code switches to the PV console ring that
 * the toolstack set up, as early as it knows where the ring is.
 */
#ifndef XEN_COMMON_CONSOLE_H
#define XEN_COMMON_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "xen.h"

/**
 * Send all further output to the console ring at ring (mapped), raising
 * event channel port after each write.
 */
void xen_console_use_ring(struct xen_cons_ring *ring, uint32_t port);

/**
 * Send all further output to write(buf, len) instead (an emulated UART,
 * e.g. the vpl011 Xen gives dom0less domUs on arm64).
 */
void xen_console_use_writer(void (*write)(const char *buf, size_t len));

/**
 * Wait until the back end consumed everything written to the ring (so
 * nothing is lost when the domain goes away), or, for console_io, until
 * a 115200 baud serial line has had the time to send all of it (Xen
 * hands it on at that pace under QEMU), for at most about timeout_ns of
 * Xen system time. Returns true if all output should be out.
 */
bool xen_console_flush(uint64_t timeout_ns);

#endif /* XEN_COMMON_CONSOLE_H */
