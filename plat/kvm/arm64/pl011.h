/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pl011.h - the PL011 UART of QEMU virt (0x09000000) behind
 * ukplat_coutk(). Usable from the first instruction: with the MMU off
 * and on (device mapping) alike.
 */
#ifndef KVM_ARM64_PL011_H
#define KVM_ARM64_PL011_H

#include <stdbool.h>

/** MMIO base of the UART on QEMU virt. */
#define KVM_ARM64_PL011_BASE 0x09000000UL

/**
 * Program the UART: 8N1, FIFOs on, no interrupts, transmitter and
 * receiver enabled. Done lazily by ukplat_coutk() too.
 */
void kvm_arm64_pl011_init(void);

/** True if the last byte written was a newline (or nothing was written). */
bool kvm_arm64_pl011_at_line_start(void);

#endif /* KVM_ARM64_PL011_H */
