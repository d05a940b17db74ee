/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pagetable.h - identity-map translation tables for arm64 at EL1 (4 KiB
 * granule, 39-bit addresses, translation from level 1) and the MMU
 * enable, shared by the platforms. The caller owns the table pool and
 * decides what to map; this file knows the descriptor format and the
 * enable sequence. It also implements plat_mem_readable() (memcheck.h)
 * for both: true if every page of [addr, addr + len) translates, for a
 * privileged read, to normal write-back memory (AT S1E1R).
 */
#ifndef PLAT_COMMON_ARM64_PAGETABLE_H
#define PLAT_COMMON_ARM64_PAGETABLE_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/arch/cpudefs.h>
#include <uk/arch/page.h>
#include "../memcheck.h"

#define ARM64_PT_ENTRIES 512
#define ARM64_PT_BLOCK (1ULL << 21) /* a level 2 block */
/** Highest address + 1 the tables can map (39-bit addresses). */
#define ARM64_PT_VA_LIMIT (1ULL << 39)

/* Descriptor attributes per kind of mapping (block/page bits are added) */
#define ARM64_PT_NORMAL                                               \
	(ARM64_PTE_ATTR(ARM64_MAIR_IDX_NORMAL) | ARM64_PTE_SH_INNER | \
	 ARM64_PTE_AF)
/** RAM and data: normal write-back, read-write, never executable. */
#define ARM64_PT_RAM (ARM64_PT_NORMAL | ARM64_PTE_PXN | ARM64_PTE_UXN)
/** Text: read-only, executable at EL1. */
#define ARM64_PT_TEXT (ARM64_PT_NORMAL | ARM64_PTE_AP_RO | ARM64_PTE_UXN)
/** Read-only data, never executable. */
#define ARM64_PT_RODATA \
	(ARM64_PT_NORMAL | ARM64_PTE_AP_RO | ARM64_PTE_PXN | ARM64_PTE_UXN)
/** Device-nGnRE, never executable. */
#define ARM64_PT_DEVICE                                         \
	(ARM64_PTE_ATTR(ARM64_MAIR_IDX_DEVICE) | ARM64_PTE_AF | \
	 ARM64_PTE_PXN | ARM64_PTE_UXN)
/** Unmapped. */
#define ARM64_PT_NONE 0
/**
 * Unmapped and kept so: an invalid descriptor with a bit the walker
 * ignores set, which fill_only mapping leaves alone (guard pages).
 */
#define ARM64_PT_HOLE (1ULL << 58)

/**
 * A pool of page-aligned, zeroed tables; tables[0] is the level 1
 * table, so used starts at 1.
 */
struct arm64_pt {
	uint64_t (*tables)[ARM64_PT_ENTRIES];
	unsigned int count;
	unsigned int used;
};

/**
 * Map [start, end) (page-aligned, below ARM64_PT_VA_LIMIT) identically
 * with attr, splitting blocks as needed; ARM64_PT_NONE and ARM64_PT_HOLE
 * unmap. With fill_only, valid entries and ARM64_PT_HOLE ones are kept
 * and only the other invalid entries are filled, which
 * needs no break-before-make once the MMU is on. Crashes when the pool
 * runs out.
 */
void arm64_pt_map(struct arm64_pt *pt, uint64_t start, uint64_t end,
		  uint64_t attr, bool fill_only);

/** Drop [start, end) from the data cache without writing it back. */
void arm64_dcache_invalidate(uintptr_t start, uintptr_t end);

/**
 * Turn on the MMU with pt's level 1 table in TTBR0_EL1: MAIR, TCR, TLB
 * invalidation, then SCTLR_EL1 M, C, I, SA and WXN (A cleared). pt stays
 * the live tables: guard pages (plat_page_set_present) split its blocks
 * and take tables from what is left of its pool.
 */
void arm64_mmu_enable(struct arm64_pt *pt);

#endif /* PLAT_COMMON_ARM64_PAGETABLE_H */
