/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * platform_arm64.h - the pieces of the arm64 bring-up that setup.c
 * puts together.
 */
#ifndef XEN_ARM64_PLATFORM_H
#define XEN_ARM64_PLATFORM_H

#include <stdint.h>

/** Print through the emulated SBSA UART (vpl011) at physical base. */
void xen_arm64_use_vpl011(uint64_t base);

/**
 * Use the PV console ring the toolstack set up (HVM_PARAM_CONSOLE_PFN
 * and _EVTCHN). Returns 0, or Xen's error if there is none.
 */
long xen_arm64_use_ring(void);

#endif /* XEN_ARM64_PLATFORM_H */
