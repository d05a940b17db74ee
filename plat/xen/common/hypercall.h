/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * hypercall.h - typed wrappers of the hypercalls the common code uses,
 * on top of the architecture's xen_hypercall() (x86_64: the hypercall
 * page; arm64: hvc #0xEA1).
 */
#ifndef XEN_COMMON_HYPERCALL_H
#define XEN_COMMON_HYPERCALL_H

#include <stddef.h>
#include <stdint.h>
#include "xen.h"

#if defined(CONFIG_ARCH_X86_64)
#include "../x86_64/hypercall.h"
#elif defined(CONFIG_ARCH_ARM64)
#include "../arm64/hypercall.h"
#else
#error "plat-xen: unsupported architecture"
#endif

/** Write to Xen's own console (dom0, or any domain on a debug Xen). */
static inline long xen_console_io_write(const char *buf, size_t len)
{
	return xen_hypercall(XEN_HC_CONSOLE_IO, XEN_CONSOLEIO_WRITE, len,
			     (uint64_t)(uintptr_t)buf, 0, 0);
}

/** Give up the CPU to other domains' vCPUs for a moment. */
static inline void xen_sched_yield(void)
{
	xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_YIELD, 0, 0, 0, 0);
}

/** Ask Xen to end this domain with reason (XEN_SHUTDOWN_*). */
static inline long xen_sched_shutdown(uint32_t reason)
{
	struct xen_sched_shutdown arg = { .reason = reason };

	return xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_SHUTDOWN,
			     (uint64_t)(uintptr_t)&arg, 0, 0, 0);
}

/** Raise event channel port towards its other end. */
static inline long xen_evtchn_send(uint32_t port)
{
	struct xen_evtchn_send arg = { .port = port };

	return xen_hypercall(XEN_HC_EVENT_CHANNEL_OP, XEN_EVTCHNOP_SEND,
			     (uint64_t)(uintptr_t)&arg, 0, 0, 0);
}

#endif /* XEN_COMMON_HYPERCALL_H */
