/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mmu.h - what the boot page tables map: [0, 4 GiB) identity-mapped,
 * except the boot-stack guard page and, once kvm_mmu_unmap_null() ran,
 * page 0 (so NULL dereferences fault); the rights of each page (W^X,
 * wx.c).
 */
#ifndef KVM_X86_64_MMU_H
#define KVM_X86_64_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include "../../shared/memcheck.h"

/** Unmap page 0. Call after the last read of BIOS/boot data there. */
void kvm_mmu_unmap_null(void);

/** True if addr lies in the boot-stack guard page. */
bool kvm_mmu_in_guard(uint64_t addr);

/**
 * W^X (wx.c): enable NX (EFER.NXE, when the CPU has it) and CR0.WP, and
 * give every page of the identity map its rights: .text read + execute,
 * .rodata read only, everything else read + write, no execute. The
 * 2 MiB pages the image overlaps become 4 KiB pages. Call once, early.
 */
void kvm_mmu_protect(void);

/** True once kvm_mmu_protect() enabled NX. */
bool kvm_mmu_nx(void);

/*
 * plat_page_set_present() (../../shared/guard.h) is in wx.c: it unmaps
 * or maps back a 4 KiB page below 4 GiB, splitting its 2 MiB page (-1
 * when no page table is left).
 */

/** The section or memory kind addr belongs to, for crash dumps. */
const char *kvm_mmu_section(uint64_t addr);

#endif /* KVM_X86_64_MMU_H */
