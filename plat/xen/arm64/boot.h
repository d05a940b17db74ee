/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - constants and symbols shared by the xen-arm64 entry code,
 * the linker script and the C bring-up.
 *
 * Xen loads the arm64 Image at an address of its choosing (dom0: in its
 * directly mapped RAM; dom0less domU: 0x40000000), so the image is
 * linked at 0 as a static PIE and entry.S applies its own
 * R_AARCH64_RELATIVE relocations before any C code runs. The MMU is
 * off until xen_arm64_mmu_init() (mmu.h), the first thing the C entry
 * does: until then every access is Device memory, where unaligned
 * accesses fault, so that code keeps to aligned ones.
 */
#ifndef XEN_ARM64_BOOT_H
#define XEN_ARM64_BOOT_H

#define XEN_ARM64_PAGE 4096
/* Image header flags: little-endian, 4 KiB pages, anywhere in RAM */
#define XEN_ARM64_IMAGE_FLAGS 0xa
/* Exception stack (SP_EL1): traps and interrupts run on it */
#define XEN_EXC_STACK_SIZE 16384

#include "../common/stack.h"

#ifndef __ASSEMBLY__
#include <stdint.h>

/* From the linker script */
extern char __image_start[], __image_end[];
extern char __text_start[], __text_end[];
extern char __rodata_start[], __rodata_end[];

/* From entry.S: the unmapped page below the boot stack (SP_EL0) */
extern char xen_stack_guard[];

/**
 * C entry, relocated, on the boot stack: console, device tree (memory,
 * command line), then ukplat_entry(). dtb is the physical address Xen
 * passed in x0. Never returns.
 */
__attribute__((noreturn)) void xen_arm64_setup(uint64_t dtb);
#endif

#endif /* XEN_ARM64_BOOT_H */
