/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The xen-arm64 identity map (mmu.h). arm64_plat_mmu_init() runs with
 * the MMU off, when every data access is Device-nGnRnE: it makes only
 * aligned accesses. The image was written with the caches off (the
 * relocations, .bss), so it is invalidated from the data cache before
 * the MMU goes on and no stale line can hide it. Later additions only
 * fill holes (no break-before-make), followed by DSB and ISB.
 */
#include <uk/arch/lcpu.h>
#include <uk/fdt.h>
#include <uk/plat/shutdown.h>
#include "boot.h"
#include "mmu.h"

/* Image (up to 6), DTB (2), RAM and devices (2-3 each): room to spare */
#define TABLES 32
#define FDT_MAX (2ULL << 20) /* mapped at most of a device tree */

static uint64_t tables[TABLES][ARM64_PT_ENTRIES] __attribute__((
	aligned(UKARCH_PAGE_SIZE), section(".bss.xen_pagetables")));
static struct arm64_pt pt = { tables, TABLES, 1 }; /* zeroed with .bss */

/* Compatibles of the device nodes whose registers we touch */
static const char *const devices[] = {
	"arm,gic-v3",	 "arm,cortex-a15-gic", "arm,gic-400",
	"arm,sbsa-uart", "arm,pl011",	       "arm,pl031",
};

/* Map [base, base + len) rounded out to pages and clipped to the limit. */
static void map(uint64_t base, uint64_t len, uint64_t attr, bool fill_only)
{
	uint64_t start = base & ~(UKARCH_PAGE_SIZE - 1), end = base + len;

	if (end < base || end > XEN_ARM64_VA_LIMIT)
		end = XEN_ARM64_VA_LIMIT;
	end = (end + UKARCH_PAGE_SIZE - 1) & ~(UKARCH_PAGE_SIZE - 1);
	if (start < end)
		arm64_pt_map(&pt, start, end, attr, fill_only);
}

/* Size of the device tree at dtb from its header, at least a page. */
static uint64_t fdt_size(uint64_t dtb)
{
	/* Aligned 32-bit loads: the MMU is off. */
	const volatile uint32_t *h = (const volatile uint32_t *)(uintptr_t)dtb;
	uint64_t size;

	if (__builtin_bswap32(h[0]) != UK_FDT_MAGIC)
		return UKARCH_PAGE_SIZE;
	size = __builtin_bswap32(h[1]);
	return size < UKARCH_PAGE_SIZE ? UKARCH_PAGE_SIZE
	       : size > FDT_MAX	       ? FDT_MAX
				       : size;
}

void arm64_plat_mmu_init(uint64_t dtb)
{
	uintptr_t text = (uintptr_t)__text_start,
		  rodata = (uintptr_t)__rodata_start;
	uintptr_t data = (uintptr_t)__rodata_end, end = (uintptr_t)__image_end;

	if (end > XEN_ARM64_VA_LIMIT)
		ukplat_crash("xen: image above the 39-bit identity map");
	map(text, (uintptr_t)__text_end - text, ARM64_PT_TEXT, false);
	map(rodata, data - rodata, ARM64_PT_RODATA, false);
	map(data, end - data, ARM64_PT_RAM, false);
	map((uintptr_t)arm64_boot_stack_guard, UKARCH_PAGE_SIZE, ARM64_PT_HOLE,
	    false);
	/* Only aligned trees are read (the header says 8-byte aligned). */
	if (dtb && !(dtb & 7) && dtb < XEN_ARM64_VA_LIMIT)
		map(dtb, fdt_size(dtb), ARM64_PT_RODATA, true);

	arm64_dcache_invalidate((uintptr_t)__image_start, end);
	arm64_mmu_enable(&pt);
}

static void added(void)
{
	ukarch_dsb_ish();
	ukarch_isb();
}

void xen_arm64_mmu_map_ram(uint64_t base, uint64_t len)
{
	map(base, len, ARM64_PT_RAM, true);
	added();
}

void xen_arm64_mmu_map_fdt(const void *fdt)
{
	uint64_t base, size;
	unsigned int i, r;
	int node;

	for (i = 0; uk_fdt_memory(fdt, i, &base, &size) == 0; i++)
		map(base, size, ARM64_PT_RAM, true);
	for (i = 0; i < sizeof(devices) / sizeof(devices[0]); i++) {
		node = -1;
		while ((node = uk_fdt_find_compatible(fdt, node, devices[i])) >=
		       0)
			for (r = 0; uk_fdt_reg(fdt, node, r, &base, &size) == 0;
			     r++)
				map(base, size, ARM64_PT_DEVICE, true);
	}
	added();
}
