/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mmu.h - PV memory: the pfn <-> mfn tables and the page tables, which a
 * PV guest may read but only change through hypercalls.
 *
 * What we rely on from Xen's domain builders (documented in Xen's public
 * xen.h): the bootstrap area (image, modules, p2m list, start_info,
 * console and xenstore pages, bootstrap page tables, bootstrap stack,
 * in that order) is mapped 1:1 from virtual 0 = pfn 0, writable except
 * the page tables, and followed by at least 512 KiB of mapped padding.
 * Everything after it is ours, but not mapped yet.
 */
#ifndef XEN_X86_64_MMU_H
#define XEN_X86_64_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include "../../shared/memcheck.h"
#include "startinfo.h"

/**
 * Remember the tables of si. boot_end is the first virtual address past
 * the bootstrap area (page tables and bootstrap stack included).
 */
void xen_mmu_init(const struct xen_start_info *si, uint64_t boot_end);

/** Pseudo-physical frame of machine frame mfn (the M2P table). */
uint64_t xen_mfn_to_pfn(uint64_t mfn);

/**
 * Map every page of the domain 1:1 (virtual = pseudo-physical), taking
 * the new page-table pages from the start of the free area. Returns the
 * first pfn that is free RAM afterwards; RAM runs up to nr_pages.
 * Crashes if Xen refuses an update.
 */
uint64_t xen_mmu_map_all(void);

/**
 * Map the page at virtual address va to machine address maddr (RW), or
 * unmap it if maddr is 0. Returns Xen's result (0 on success).
 */
long xen_mmu_set_page(uint64_t va, uint64_t maddr);

/**
 * Unmap page 0 and the boot-stack guard page, so both fault, and apply
 * W^X to every mapped page: .text read + execute, .rodata read only,
 * the rest no-execute (page tables stay read only).
 */
void xen_mmu_protect(void);

/** The section or memory kind addr belongs to, for crash dumps. */
const char *xen_mmu_section(uint64_t addr);

/** True if addr lies in the boot-stack guard page. */
bool xen_mmu_in_guard(uint64_t addr);

#endif /* XEN_X86_64_MMU_H */
