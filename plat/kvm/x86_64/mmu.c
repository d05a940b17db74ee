/* SPDX-License-Identifier: BSD-3-Clause */
/* Knowledge of the boot mapping: holes at page 0 and the stack guard. */
#include <uk/arch/lcpu.h>
#include "boot.h"
#include "mmu.h"
#include "../../shared/guard.h"

static bool null_unmapped;

void kvm_mmu_unmap_null(void)
{
	kvm_pt_low[0] = 0;
	ukarch_invlpg(0);
	null_unmapped = true;
}

bool kvm_mmu_in_guard(uint64_t addr)
{
	uint64_t g = (uint64_t)(uintptr_t)kvm_stack_guard;

	return addr >= g && addr < g + UKARCH_PAGE_SIZE;
}

bool plat_mem_readable(uint64_t addr, uint64_t len)
{
	uint64_t end = addr + len;
	uint64_t g = (uint64_t)(uintptr_t)kvm_stack_guard;

	if (end < addr || end > KVM_IDMAP_END)
		return false;
	if (len == 0)
		return true;
	if (null_unmapped && addr < UKARCH_PAGE_SIZE)
		return false;
	if (addr < g + UKARCH_PAGE_SIZE && end > g)
		return false;
	return !plat_guard_overlaps(addr, len);
}
