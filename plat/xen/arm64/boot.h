/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - the linker script's symbols for the xen-arm64 C bring-up.
 *
 * Xen loads the arm64 Image at an address of its choosing (dom0: in its
 * directly mapped RAM; dom0less domU: 0x40000000), so the image is
 * linked at 0 as a static PIE, and the shared entry prologue
 * (plat/shared/arm64/boot.h) applies its R_AARCH64_RELATIVE relocations
 * before any C code runs. The Image header's text_offset (0) and flags
 * (0xa: little-endian, 4 KiB pages, anywhere in RAM) are in link.ld.
 */
#ifndef XEN_ARM64_BOOT_H
#define XEN_ARM64_BOOT_H

#include <uk/arch/page.h>
#include "../../shared/arm64/boot.h"

#ifndef __ASSEMBLY__
#include <stdint.h>

/* From the linker script */
extern char __image_start[], __image_end[];
extern char __text_start[], __text_end[];
extern char __rodata_start[], __rodata_end[];
#endif

#endif /* XEN_ARM64_BOOT_H */
