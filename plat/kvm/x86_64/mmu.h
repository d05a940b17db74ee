/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * mmu.h - what the boot page tables map: [0, 4 GiB) identity-mapped,
 * except the boot-stack guard page and, once kvm_mmu_unmap_null() ran,
 * page 0 (so NULL dereferences fault).
 */
#ifndef KVM_X86_64_MMU_H
#define KVM_X86_64_MMU_H

#include <stdbool.h>
#include <stdint.h>
#include "../common/memcheck.h"

/** Unmap page 0. Call after the last read of BIOS/boot data there. */
void kvm_mmu_unmap_null(void);

/** True if addr lies in the boot-stack guard page. */
bool kvm_mmu_in_guard(uint64_t addr);

#endif /* KVM_X86_64_MMU_H */
