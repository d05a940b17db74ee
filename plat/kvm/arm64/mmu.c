/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Page tables and MMU enable. Runs first with the MMU off, when every
 * data access is Device-nGnRnE: only aligned 64-bit stores to the
 * tables here. The tables and everything written with the MMU off are
 * invalidated from the data cache before the MMU is turned on, so no
 * stale line can hide what is in memory.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "boot.h"
#include "mmu.h"

#define ENTRIES 512
#define TABLES 16
#define L1_SHIFT 30
#define L2_SHIFT 21
#define L3_SHIFT 12
#define SIZE(shift) (1ULL << (shift))

/* Descriptor attributes per kind of mapping (block/page bits added later) */
#define ATTR_NORMAL                                                     \
	(ARM64_PTE_ATTR(ARM64_MAIR_IDX_NORMAL) | ARM64_PTE_SH_INNER |   \
	 ARM64_PTE_AF)
#define ATTR_RAM (ATTR_NORMAL | ARM64_PTE_PXN | ARM64_PTE_UXN)
#define ATTR_TEXT (ATTR_NORMAL | ARM64_PTE_AP_RO | ARM64_PTE_UXN)
#define ATTR_RODATA                                                     \
	(ATTR_NORMAL | ARM64_PTE_AP_RO | ARM64_PTE_PXN | ARM64_PTE_UXN)
#define ATTR_DEVICE                                                     \
	(ARM64_PTE_ATTR(ARM64_MAIR_IDX_DEVICE) | ARM64_PTE_AF |         \
	 ARM64_PTE_PXN | ARM64_PTE_UXN)
#define ATTR_NONE 0 /* unmapped */

static uint64_t tables[TABLES][ENTRIES]
	__attribute__((aligned(KVM_PAGE_SIZE), section(".bss.kvm_pagetables")));
static unsigned int used = 1; /* tables[0] is the level 1 table */

static uint64_t *new_table(void)
{
	if (used == TABLES)
		ukplat_crash("kvm: out of page tables");
	return tables[used++]; /* zeroed with .bss */
}

/* A valid entry pointing to a next-level table (levels 1 and 2 only). */
static bool is_table(uint64_t e, unsigned int shift)
{
	return shift != L3_SHIFT && (e & (ARM64_PTE_VALID | ARM64_PTE_TABLE)) ==
					    (ARM64_PTE_VALID | ARM64_PTE_TABLE);
}

/* The table an entry points to, made (or split from a block) if needed. */
static uint64_t *next_table(uint64_t *e, unsigned int shift)
{
	uint64_t *t, block = *e, step = SIZE(shift - 9);
	unsigned int i;

	if (is_table(block, shift))
		return (uint64_t *)(uintptr_t)(block & ARM64_PTE_ADDR_MASK);
	t = new_table();
	if (block & ARM64_PTE_VALID) {
		/* Split: same attributes, next level (pages at level 3). */
		for (i = 0; i < ENTRIES; i++)
			t[i] = (block + i * step) |
			       (shift - 9 == L3_SHIFT ? ARM64_PTE_TABLE : 0);
	}
	*e = (uint64_t)(uintptr_t)t | ARM64_PTE_VALID | ARM64_PTE_TABLE;
	return t;
}

/*
 * Map [va, end) identically with attr (ATTR_NONE: unmap) in table t of
 * the level whose entries span 1 << shift bytes. With fill_only, valid
 * entries are left as they are.
 */
static void map(uint64_t *t, unsigned int shift, uint64_t va, uint64_t end,
		uint64_t attr, bool fill_only)
{
	uint64_t size = SIZE(shift), next;
	uint64_t *e;

	for (; va < end; va = next) {
		next = (va & ~(size - 1)) + size;
		if (next > end)
			next = end;
		e = &t[(va >> shift) & (ENTRIES - 1)];
		if (fill_only && (*e & ARM64_PTE_VALID) && !is_table(*e, shift))
			continue;
		if (!(va & (size - 1)) && next - va == size &&
		    !is_table(*e, shift)) {
			/* A whole block (levels 1-2) or page (level 3). */
			*e = attr ? va | attr | ARM64_PTE_VALID |
					    (shift == L3_SHIFT ? ARM64_PTE_TABLE : 0)
				  : 0;
			continue;
		}
		if (shift == L3_SHIFT)
			continue; /* not reached: pages are whole */
		map(next_table(e, shift), shift - 9, va, next, attr, fill_only);
	}
}

static void map_range(uint64_t start, uint64_t end, uint64_t attr)
{
	map(tables[0], L1_SHIFT, start, end, attr, false);
}

/* Drop [start, end) from the data cache without writing it back. */
static void dcache_invalidate(uintptr_t start, uintptr_t end)
{
	uint64_t line = 4ULL << ((ukarch_sysreg_read(ctr_el0) >> 16) & 0xf);
	uintptr_t p;

	for (p = start & ~(line - 1); p < end; p += line)
		__asm__ __volatile__("dc ivac, %0" : : "r"(p) : "memory");
	ukarch_dsb_sy();
}

static void enable(void)
{
	uint64_t parange = ukarch_sysreg_read(id_aa64mmfr0_el1) & 0xf;
	uint64_t tcr, sctlr;

	if (parange > 5)
		parange = 5; /* 48 bits: enough for QEMU virt */
	tcr = ARM64_TCR_T0SZ(39) | ARM64_TCR_IRGN0_WBWA |
	      ARM64_TCR_ORGN0_WBWA | ARM64_TCR_SH0_INNER | ARM64_TCR_TG0_4K |
	      ARM64_TCR_EPD1 | (parange << ARM64_TCR_IPS_SHIFT);
	ukarch_sysreg_write(mair_el1, ARM64_MAIR_VALUE);
	ukarch_sysreg_write(tcr_el1, tcr);
	ukarch_sysreg_write(ttbr0_el1, (uintptr_t)tables[0]);
	ukarch_isb();
	__asm__ __volatile__("tlbi vmalle1" : : : "memory");
	ukarch_dsb_ish();
	ukarch_isb();

	sctlr = ukarch_sysreg_read(sctlr_el1);
	sctlr |= ARM64_SCTLR_M | ARM64_SCTLR_C | ARM64_SCTLR_I |
		 ARM64_SCTLR_SA | ARM64_SCTLR_WXN;
	sctlr &= ~(uint64_t)ARM64_SCTLR_A; /* unaligned normal accesses are fine */
	ukarch_sysreg_write(sctlr_el1, sctlr);
	ukarch_isb();
}

void kvm_arm64_mmu_init(void)
{
	uintptr_t guard = (uintptr_t)kvm_stack_guard;

	map_range(KVM_ARM64_DEVICE_START, KVM_ARM64_DEVICE_END, ATTR_DEVICE);
	map_range(KVM_ARM64_RAM_BASE,
		  KVM_ARM64_RAM_BASE + KVM_ARM64_BOOT_WINDOW, ATTR_RAM);
	map_range((uintptr_t)__text_start, (uintptr_t)__text_end, ATTR_TEXT);
	map_range((uintptr_t)__rodata_start, (uintptr_t)__rodata_end,
		  ATTR_RODATA);
	map_range(guard, guard + KVM_PAGE_SIZE, ATTR_NONE);

	dcache_invalidate((uintptr_t)__data_start, (uintptr_t)__image_end);
	enable();
}

void kvm_arm64_mmu_map_ram(uint64_t base, uint64_t len)
{
	uint64_t start = base & ~(SIZE(L2_SHIFT) - 1);
	uint64_t end = base + len;

	if (end < base || end > KVM_ARM64_VA_LIMIT)
		end = KVM_ARM64_VA_LIMIT;
	end = (end + SIZE(L2_SHIFT) - 1) & ~(SIZE(L2_SHIFT) - 1);
	if (start >= end)
		return;
	/* Only invalid entries change: no break-before-make needed. */
	map(tables[0], L1_SHIFT, start, end, ATTR_RAM, true);
	ukarch_dsb_ish();
	ukarch_isb();
}

bool kvm_mmu_in_guard(uint64_t addr)
{
	uint64_t g = (uint64_t)(uintptr_t)kvm_stack_guard;

	return addr >= g && addr < g + KVM_PAGE_SIZE;
}

/* Translate addr for a privileged read; true if it maps normal memory. */
static bool readable_page(uint64_t addr)
{
	uint64_t par;

	__asm__ __volatile__("at s1e1r, %0" : : "r"(addr) : "memory");
	ukarch_isb();
	par = ukarch_sysreg_read(par_el1);
	/* F (bit 0) clear: translated; ATTR (63:56) 0xff: write-back RAM. */
	return !(par & 1) && (par >> 56) == ARM64_MAIR_NORMAL_WB;
}

bool kvm_mem_readable(uint64_t addr, uint64_t len)
{
	uint64_t end = addr + len, p;

	if (end < addr || end > KVM_ARM64_VA_LIMIT)
		return false;
	for (p = addr & ~(uint64_t)(KVM_PAGE_SIZE - 1); p < end;
	     p += KVM_PAGE_SIZE)
		if (!readable_page(p))
			return false;
	return true;
}
