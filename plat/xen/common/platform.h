/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * platform.h - what the common Xen code needs from the architecture
 * code and the state they share.
 */
#ifndef XEN_COMMON_PLATFORM_H
#define XEN_COMMON_PLATFORM_H

#include <stdbool.h>
#include <stdint.h>

/** True when this domain is dom0 (Xen's console and I/O are ours). */
extern bool xen_is_dom0;

/** True once ukplat_crash() started: the final status line says so. */
extern bool xen_crashing;

/**
 * Architecture step of ukplat_terminate(), after the status line was
 * printed and the console flushed, before SCHEDOP_shutdown: x86_64 dom0
 * reports the status to QEMU's isa-debug-exit (if present, QEMU exits
 * here). Returns the shutdown reason to ask Xen for.
 */
uint32_t xen_arch_exit(int status);

#endif /* XEN_COMMON_PLATFORM_H */
