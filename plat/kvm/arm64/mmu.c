/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The kvm-arm64 identity map: what goes where (the table builder and
 * the enable sequence are plat/shared/arm64/pagetable.c). Runs first
 * with the MMU off, when every data access is Device-nGnRnE: only
 * aligned 64-bit stores to the tables. The tables and everything written with the MMU off are
 * invalidated from the data cache before the MMU is turned on, so no
 * stale line can hide what is in memory.
 */
#include <uk/arch/lcpu.h>
#include <uk/fdt.h>
#include <uk/plat/io.h>
#include "../../shared/arm64/pagetable.h"
#include "boot.h"
#include "mmu.h"

#define TABLES 24

static uint64_t tables[TABLES][ARM64_PT_ENTRIES] __attribute__((
	aligned(UKARCH_PAGE_SIZE), section(".bss.kvm_pagetables")));
static struct arm64_pt pt = { tables, TABLES, 1 }; /* zeroed with .bss */

static void map_range(uint64_t start, uint64_t end, uint64_t attr)
{
	arm64_pt_map(&pt, start, end, attr, false);
}

void arm64_plat_mmu_init(uint64_t dtb)
{
	uintptr_t guard = (uintptr_t)arm64_boot_stack_guard;

	(void)dtb; /* read later, from the RAM boot window */

	map_range(KVM_ARM64_DEVICE_START, KVM_ARM64_DEVICE_END,
		  ARM64_PT_DEVICE);
	map_range(KVM_ARM64_RAM_BASE,
		  KVM_ARM64_RAM_BASE + KVM_ARM64_BOOT_WINDOW, ARM64_PT_RAM);
	map_range((uintptr_t)__text_start, (uintptr_t)__text_end,
		  ARM64_PT_TEXT);
	map_range((uintptr_t)__rodata_start, (uintptr_t)__rodata_end,
		  ARM64_PT_RODATA);
	map_range(guard, guard + UKARCH_PAGE_SIZE, ARM64_PT_HOLE);

	arm64_dcache_invalidate((uintptr_t)__data_start,
				(uintptr_t)__image_end);
	arm64_mmu_enable(&pt);
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

/* Does [a, end) touch RAM (the boot window, or what the DTB reports)? */
static bool touches_ram(uint64_t a, uint64_t end, const void *fdt)
{
	uint64_t base, len;
	unsigned int i;

	if (a < KVM_ARM64_RAM_BASE + KVM_ARM64_BOOT_WINDOW &&
	    end > KVM_ARM64_RAM_BASE)
		return true;
	for (i = 0; fdt && !uk_fdt_memory(fdt, i, &base, &len); i++)
		if (a < base + len && end > base)
			return true;
	return false;
}

uintptr_t ukplat_io_map(uint64_t paddr, uint64_t len)
{
	uint64_t a = paddr & ~(UKARCH_PAGE_SIZE - 1), end = paddr + len;
	uint64_t ba, bend;

	if (!len || end < paddr || end > KVM_ARM64_VA_LIMIT)
		return 0;
	end = (end + UKARCH_PAGE_SIZE - 1) & ~(UKARCH_PAGE_SIZE - 1);
	if (touches_ram(a, end, ukplat_fdt()))
		return 0;
	/* Whole 2 MiB blocks save tables where no RAM shares them. */
	ba = a & ~(ARM64_PT_BLOCK - 1);
	bend = (end + ARM64_PT_BLOCK - 1) & ~(ARM64_PT_BLOCK - 1);
	if (!touches_ram(ba, bend, ukplat_fdt())) {
		a = ba;
		end = bend;
	}
	/* Only invalid entries change: no break-before-make needed. */
	arm64_pt_map(&pt, a, end, ARM64_PT_DEVICE, true);
	ukarch_dsb_ish();
	ukarch_isb();
	return (uintptr_t)paddr;
}
