/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mmu.h - the xen-arm64 identity map (4 KiB granule, 39-bit addresses,
 * built with plat/shared/arm64/pagetable.c from run-time addresses,
 * since Xen loads the image anywhere in RAM):
 *
 *   the image        text read-only executable, rodata read-only, data
 *                    and bss read-write, never executable (W^X); the
 *                    guard page below the boot stack unmapped
 *   the device tree  read-only, never executable
 *   RAM (/memory)    normal write-back inner-shareable, read-write,
 *                    never executable
 *   devices          Device-nGnRE, never executable: every reg of the
 *                    GIC, PL011/SBSA UART and PL031 nodes
 *   console ring     normal write-back (a toolstack domU's page)
 *
 * Everything else, page 0 included, is unmapped: NULL dereferences
 * fault in dom0 as well as in a domU.
 */
#ifndef XEN_ARM64_MMU_H
#define XEN_ARM64_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include "../../shared/arm64/pagetable.h"

/** Highest address + 1 the map covers; RAM above it is not used. */
#define XEN_ARM64_VA_LIMIT ARM64_PT_VA_LIMIT

/*
 * arm64_plat_mmu_init(dtb) (plat/shared/arm64/boot.h), with the MMU off:
 * maps the image and the device tree at dtb (x0 at entry; 0 or
 * unaligned: none), then turns on the MMU and caches.
 */

/**
 * Add RAM from the /memory nodes of the checked device tree and the
 * device regions the platform touches (GIC, UART, RTC).
 */
void xen_arm64_mmu_map_fdt(const void *fdt);

/** Map [base, base + len), page-rounded, as RAM where nothing is mapped. */
void xen_arm64_mmu_map_ram(uint64_t base, uint64_t len);

#endif /* XEN_ARM64_MMU_H */
