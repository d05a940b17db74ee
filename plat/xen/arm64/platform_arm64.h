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

/**
 * Called by the IRQ vector entries: handles the interrupt, or crashes
 * naming an INTID nothing handles.
 */
void xen_arm64_irq(void);

/**
 * Called by the other exception vectors with the entry number (group * 4 +
 * kind) and the interrupted x29/x30: a crash dump, then the crash
 * status. Never returns.
 */
__attribute__((noreturn)) void xen_arm64_trap(uint64_t vector, uint64_t fp,
					       uint64_t lr);

/**
 * Print "Backtrace:" and the return addresses of the frame-pointer chain
 * from fp (x29), within the image, at most 32 frames.
 */
void xen_arm64_backtrace(uint64_t fp);

#endif /* XEN_ARM64_PLATFORM_H */
