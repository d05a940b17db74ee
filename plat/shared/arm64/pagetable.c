/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Identity-map tables and MMU enable (pagetable.h). The map code runs
 * first with the MMU off, when every data access is Device-nGnRnE: it
 * only does aligned 64-bit stores to the tables.
 */
#include <stddef.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "pagetable.h"
#include "../guard.h"

#define ENTRIES ARM64_PT_ENTRIES
#define L1_SHIFT 30
#define L3_SHIFT 12
#define SIZE(shift) (1ULL << (shift))

/* The tables the MMU walks once it is on (arm64_mmu_enable). */
static struct arm64_pt *live;

static uint64_t *new_table(struct arm64_pt *pt)
{
	if (pt->used == pt->count)
		ukplat_crash("arm64: out of page tables");
	return pt->tables[pt->used++]; /* zeroed by the owner */
}

/* A valid entry pointing to a next-level table (levels 1 and 2 only). */
static bool is_table(uint64_t e, unsigned int shift)
{
	return shift != L3_SHIFT && (e & (ARM64_PTE_VALID | ARM64_PTE_TABLE)) ==
					    (ARM64_PTE_VALID | ARM64_PTE_TABLE);
}

/* The table an entry points to, made (or split from a block) if needed. */
static uint64_t *next_table(struct arm64_pt *pt, uint64_t *e,
			    unsigned int shift)
{
	uint64_t *t, block = *e, step = SIZE(shift - 9);
	unsigned int i;

	if (is_table(block, shift))
		return (uint64_t *)(uintptr_t)(block & ARM64_PTE_ADDR_MASK);
	t = new_table(pt);
	if (block & ARM64_PTE_VALID) {
		/* Split: same attributes, next level (pages at level 3). */
		for (i = 0; i < ENTRIES; i++)
			t[i] = (block + i * step) |
			       (shift - 9 == L3_SHIFT ? ARM64_PTE_TABLE : 0);
	} else if (block == ARM64_PT_HOLE) {
		for (i = 0; i < ENTRIES; i++)
			t[i] = ARM64_PT_HOLE;
	}
	*e = (uint64_t)(uintptr_t)t | ARM64_PTE_VALID | ARM64_PTE_TABLE;
	return t;
}

/*
 * Map [va, end) identically with attr in table t of the level whose
 * entries span 1 << shift bytes.
 */
static void map(struct arm64_pt *pt, uint64_t *t, unsigned int shift,
		uint64_t va, uint64_t end, uint64_t attr, bool fill_only)
{
	uint64_t size = SIZE(shift), next;
	uint64_t *e;

	for (; va < end; va = next) {
		next = (va & ~(size - 1)) + size;
		if (next > end)
			next = end;
		e = &t[(va >> shift) & (ENTRIES - 1)];
		if (fill_only && *e && !is_table(*e, shift))
			continue; /* mapped, or a hole to keep */
		if (!(va & (size - 1)) && next - va == size &&
		    !is_table(*e, shift)) {
			/* A whole block (levels 1-2) or page (level 3). */
			if (attr == ARM64_PT_NONE || attr == ARM64_PT_HOLE)
				*e = attr;
			else
				*e = va | attr | ARM64_PTE_VALID |
				     (shift == L3_SHIFT ? ARM64_PTE_TABLE : 0);
			continue;
		}
		if (shift == L3_SHIFT)
			continue; /* not reached: pages are whole */
		map(pt, next_table(pt, e, shift), shift - 9, va, next, attr,
		    fill_only);
	}
}

void arm64_pt_map(struct arm64_pt *pt, uint64_t start, uint64_t end,
		  uint64_t attr, bool fill_only)
{
	map(pt, pt->tables[0], L1_SHIFT, start, end, attr, fill_only);
}

void arm64_dcache_invalidate(uintptr_t start, uintptr_t end)
{
	uint64_t line = 4ULL << ((ukarch_sysreg_read(ctr_el0) >> 16) & 0xf);
	uintptr_t p;

	for (p = start & ~(line - 1); p < end; p += line)
		__asm__ __volatile__("dc ivac, %0" : : "r"(p) : "memory");
	ukarch_dsb_sy();
}

void arm64_mmu_enable(struct arm64_pt *pt)
{
	const uint64_t *l1 = pt->tables[0];

	uint64_t parange = ukarch_sysreg_read(id_aa64mmfr0_el1) & 0xf;
	uint64_t tcr, sctlr;

	if (parange > 5)
		parange = 5; /* 48 bits: enough for QEMU virt */
	tcr = ARM64_TCR_T0SZ(39) | ARM64_TCR_IRGN0_WBWA | ARM64_TCR_ORGN0_WBWA |
	      ARM64_TCR_SH0_INNER | ARM64_TCR_TG0_4K | ARM64_TCR_EPD1 |
	      (parange << ARM64_TCR_IPS_SHIFT);
	ukarch_sysreg_write(mair_el1, ARM64_MAIR_VALUE);
	ukarch_sysreg_write(tcr_el1, tcr);
	ukarch_sysreg_write(ttbr0_el1, (uintptr_t)l1);
	ukarch_isb();
	__asm__ __volatile__("tlbi vmalle1" : : : "memory");
	ukarch_dsb_ish();
	ukarch_isb();

	sctlr = ukarch_sysreg_read(sctlr_el1);
	sctlr |= ARM64_SCTLR_M | ARM64_SCTLR_C | ARM64_SCTLR_I |
		 ARM64_SCTLR_SA | ARM64_SCTLR_WXN;
	sctlr &= ~(
		uint64_t)ARM64_SCTLR_A; /* unaligned normal accesses are fine */
	ukarch_sysreg_write(sctlr_el1, sctlr);
	ukarch_isb();
	live = pt;
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

bool plat_mem_readable(uint64_t addr, uint64_t len)
{
	uint64_t end = addr + len, p;

	if (end < addr || end > ARM64_PT_VA_LIMIT)
		return false;
	for (p = addr & ~(UKARCH_PAGE_SIZE - 1); p < end; p += UKARCH_PAGE_SIZE)
		if (!readable_page(p))
			return false;
	return true;
}

/*
 * Replace the valid level 2 block descriptor *e, which maps the 2 MiB at
 * block_va, with desc, by break-before-make: invalid, TLB entry dropped,
 * then the new descriptor. Nothing in that 2 MiB may be touched in
 * between, so the sequence is one asm block that uses only registers
 * and the level 2 table (in the image, which is mapped with pages and
 * is never split here), with interrupts masked.
 */
static void replace_block(uint64_t *e, uint64_t block_va, uint64_t desc)
{
	uint64_t daif = ukarch_read_daif();

	ukarch_irq_disable();
	__asm__ __volatile__("dsb ishst\n\t"
			     "str xzr, [%0]\n\t"
			     "dsb ishst\n\t"
			     "tlbi vaae1is, %1\n\t"
			     "dsb ish\n\t"
			     "str %2, [%0]\n\t"
			     "dsb ishst\n\t"
			     "isb"
			     :
			     : "r"(e), "r"(block_va >> 12), "r"(desc)
			     : "memory");
	/* Back to the caller's mask, I and F each (profiling runs with F
	 * open and I set, plat/kvm/arm64/prof.c). */
	ukarch_sysreg_write(daif, daif);
}

/* The level 3 entry of va, splitting its 2 MiB RAM block; NULL if it cannot. */
static uint64_t *page_entry(uint64_t va)
{
	uint64_t *l2, *e, *t, block, step = SIZE(L3_SHIFT);
	unsigned int i;

	if (!live || va >= ARM64_PT_VA_LIMIT)
		return NULL;
	e = &live->tables[0][(va >> L1_SHIFT) & (ENTRIES - 1)];
	if (!is_table(*e, L1_SHIFT))
		return NULL; /* unmapped, or a 1 GiB block: not RAM we split */
	l2 = (uint64_t *)(uintptr_t)(*e & ARM64_PTE_ADDR_MASK);
	e = &l2[(va >> 21) & (ENTRIES - 1)];
	block = *e;
	if (!(block & ARM64_PTE_VALID))
		return NULL;
	if (!is_table(block, 21)) {
		if (live->used == live->count)
			return NULL; /* no table left: the caller keeps its canary */
		t = live->tables[live->used++];
		for (i = 0; i < ENTRIES; i++)
			t[i] = (block + i * step) | ARM64_PTE_TABLE;
		replace_block(e, va & ~(ARM64_PT_BLOCK - 1),
			      (uint64_t)(uintptr_t)t | ARM64_PTE_VALID |
				      ARM64_PTE_TABLE);
		return &t[(va >> L3_SHIFT) & (ENTRIES - 1)];
	}
	t = (uint64_t *)(uintptr_t)(block & ARM64_PTE_ADDR_MASK);
	return &t[(va >> L3_SHIFT) & (ENTRIES - 1)];
}

/*
 * Guard pages (../guard.h): RAM is mapped with 2 MiB blocks, so the
 * first guard in a block splits it into pages (break-before-make above),
 * from the platform's table pool; then one page's descriptor goes
 * invalid (TLB entry dropped) or back to heap memory's rights.
 */
int plat_page_set_present(uint64_t va, bool present)
{
	uint64_t *e = page_entry(va);

	if (!e)
		return -1;
	if (present) {
		*e = va | ARM64_PT_RAM | ARM64_PTE_VALID | ARM64_PTE_TABLE;
		__asm__ __volatile__("dsb ishst\n\tisb" : : : "memory");
		return 0;
	}
	if ((*e & ~ARM64_PTE_ADDR_MASK) !=
	    (ARM64_PT_RAM | ARM64_PTE_VALID | ARM64_PTE_TABLE))
		return -1; /* not plain heap memory */
	__asm__ __volatile__("str %0, [%1]\n\t"
			     "dsb ishst\n\t"
			     "tlbi vaae1is, %2\n\t"
			     "dsb ish\n\t"
			     "isb"
			     :
			     : "r"(ARM64_PT_HOLE), "r"(e), "r"(va >> 12)
			     : "memory");
	return 0;
}
