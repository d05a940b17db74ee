/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukplat_io_map() on kvm-x86_64: device memory identity-mapped read-write,
 * uncached (PCD and PWT: UC whatever the MTRRs say) and, where the CPU
 * runs with EFER.NXE, never executable.
 *
 * It walks the live page tables from CR3, whatever built them, so it
 * only assumes that they are identity-mapped and writable. A 2 MiB page
 * the range covers whole gets the attributes in place; one it covers in
 * part, and any level that is missing (a BAR above 4 GiB), gets a 4 KiB
 * table from a small static pool, so RAM sharing a 2 MiB page with
 * device registers stays cached.
 */
#include <stdbool.h>
#include <stddef.h>
#include <uk/arch/cpudefs.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/page.h>
#include <uk/plat/io.h>
#include "../../shared/kprint.h"
#include "boot.h"

#define POOL 8
#define ENTRIES 512
#define ADDR_MASK 0x000ffffffffff000ULL
#define PAT_2M (1ULL << 12) /* PAT bit of a 2 MiB entry */
#define SIZE_2M (1ULL << 21)
#define SIZE_1G (1ULL << 30)
#define PHYS_LIMIT (1ULL << 46) /* what PML4 entries 0..63 reach, plenty */

static uint64_t pool[POOL][ENTRIES] __attribute__((aligned(UKARCH_PAGE_SIZE)));
static unsigned int pool_used;

static uint64_t dev_flags(void)
{
	uint64_t f = X86_PTE_P | X86_PTE_RW | X86_PTE_PCD | X86_PTE_PWT;

	if (ukarch_rdmsr(X86_MSR_EFER) & X86_EFER_NXE)
		f |= X86_PTE_NX;
	return f;
}

static uint64_t *new_table(void)
{
	if (pool_used == POOL) {
		plat_puts("kvm: ukplat_io_map: out of page tables\n");
		return NULL;
	}
	return pool[pool_used++];
}

static uint64_t *table_at(uint64_t entry)
{
	return (uint64_t *)(uintptr_t)(entry & ADDR_MASK);
}

/* The next-level table of *e, made (or split from a large page). */
static uint64_t *descend(uint64_t *e, uint64_t step)
{
	uint64_t *t, keep;
	unsigned int i;

	if ((*e & X86_PTE_P) && !(*e & X86_PTE_PS))
		return table_at(*e);
	t = new_table();
	if (!t)
		return NULL;
	if (*e & X86_PTE_P) {
		/* Split: same mapping in smaller pieces (PAT dropped). */
		keep = *e &
		       (X86_PTE_NX | 0x1f | X86_PTE_A | X86_PTE_D | X86_PTE_G);
		for (i = 0; i < ENTRIES; i++)
			t[i] = ((*e & ADDR_MASK & ~PAT_2M) + i * step) | keep |
			       (step > UKARCH_PAGE_SIZE ? X86_PTE_PS : 0);
	}
	*e = (uint64_t)(uintptr_t)t | X86_PTE_P | X86_PTE_RW;
	return t;
}

/* Map [a, end) inside one 2 MiB region whose directory entry is *pde. */
static bool map_in_2m(uint64_t *pde, uint64_t a, uint64_t end, uint64_t f)
{
	uint64_t *pt;

	if (!(a & (SIZE_2M - 1)) && end - a == SIZE_2M &&
	    (!(*pde & X86_PTE_P) || (*pde & X86_PTE_PS))) {
		*pde = a | f | X86_PTE_PS;
		return true;
	}
	pt = descend(pde, UKARCH_PAGE_SIZE);
	if (!pt)
		return false;
	for (; a < end; a += UKARCH_PAGE_SIZE)
		pt[(a >> 12) & 511] = a | f;
	return true;
}

static bool map(uint64_t a, uint64_t end, uint64_t f)
{
	uint64_t *pml4 = table_at(ukarch_read_cr3()), *pdpt, *pd, next;

	while (a < end) {
		pdpt = descend(&pml4[(a >> 39) & 511], SIZE_1G);
		pd = pdpt ? descend(&pdpt[(a >> 30) & 511], SIZE_2M) : NULL;
		if (!pd)
			return false;
		next = (a & ~(SIZE_2M - 1)) + SIZE_2M;
		if (next > end)
			next = end;
		if (!map_in_2m(&pd[(a >> 21) & 511], a, next, f))
			return false;
		a = next;
	}
	return true;
}

uintptr_t ukplat_io_map(uint64_t paddr, uint64_t len)
{
	uint64_t a = paddr & ~(uint64_t)(UKARCH_PAGE_SIZE - 1);
	uint64_t end = paddr + len;

	if (!len || end < paddr || end > PHYS_LIMIT)
		return 0;
	end = (end + UKARCH_PAGE_SIZE - 1) & ~(uint64_t)(UKARCH_PAGE_SIZE - 1);
	if (!map(a, end, dev_flags()))
		return 0;
	/* Flush every translation: entries changed at several levels. */
	ukarch_write_cr3(ukarch_read_cr3());
	return (uintptr_t)paddr;
}
