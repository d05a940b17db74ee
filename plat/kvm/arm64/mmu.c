/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The kvm-arm64 identity map: what goes where (the table builder and
 * the enable sequence are plat/common/arm64/pagetable.c). Runs first
 * with the MMU off, when every data access is Device-nGnRnE: only
 * aligned 64-bit stores to the tables. The tables and everything written with the MMU off are
 * invalidated from the data cache before the MMU is turned on, so no
 * stale line can hide what is in memory.
 */
#include <uk/arch/lcpu.h>
#include "../../common/arm64/pagetable.h"
#include "boot.h"
#include "mmu.h"

#define TABLES 16

static uint64_t tables[TABLES][ARM64_PT_ENTRIES]
	__attribute__((aligned(KVM_PAGE_SIZE), section(".bss.kvm_pagetables")));
static struct arm64_pt pt = { tables, TABLES, 1 }; /* zeroed with .bss */

static void map_range(uint64_t start, uint64_t end, uint64_t attr)
{
	arm64_pt_map(&pt, start, end, attr, false);
}

void kvm_arm64_mmu_init(void)
{
	uintptr_t guard = (uintptr_t)kvm_stack_guard;

	map_range(KVM_ARM64_DEVICE_START, KVM_ARM64_DEVICE_END, ARM64_PT_DEVICE);
	map_range(KVM_ARM64_RAM_BASE,
		  KVM_ARM64_RAM_BASE + KVM_ARM64_BOOT_WINDOW, ARM64_PT_RAM);
	map_range((uintptr_t)__text_start, (uintptr_t)__text_end, ARM64_PT_TEXT);
	map_range((uintptr_t)__rodata_start, (uintptr_t)__rodata_end,
		  ARM64_PT_RODATA);
	map_range(guard, guard + KVM_PAGE_SIZE, ARM64_PT_HOLE);

	arm64_dcache_invalidate((uintptr_t)__data_start,
				(uintptr_t)__image_end);
	arm64_mmu_enable(tables[0]);
}

void kvm_arm64_mmu_map_ram(uint64_t base, uint64_t len)
{
	uint64_t start = base & ~(ARM64_PT_BLOCK - 1);
	uint64_t end = base + len;

	if (end < base || end > KVM_ARM64_VA_LIMIT)
		end = KVM_ARM64_VA_LIMIT;
	end = (end + ARM64_PT_BLOCK - 1) & ~(ARM64_PT_BLOCK - 1);
	if (start >= end)
		return;
	/* Only invalid entries change: no break-before-make needed. */
	arm64_pt_map(&pt, start, end, ARM64_PT_RAM, true);
	ukarch_dsb_ish();
	ukarch_isb();
}

bool kvm_mmu_in_guard(uint64_t addr)
{
	uint64_t g = (uint64_t)(uintptr_t)kvm_stack_guard;

	return addr >= g && addr < g + KVM_PAGE_SIZE;
}

bool kvm_mem_readable(uint64_t addr, uint64_t len)
{
	return arm64_mmu_readable(addr, len);
}
