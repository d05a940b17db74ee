/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Extending the bootstrap mapping to all of the domain's memory with
 * MMU hypercalls. A new page table is built in a page of the already
 * mapped free area while that page is still writable, then its own
 * mapping is made read-only (update_va_mapping) and it is linked into
 * its parent (mmu_update), where Xen validates it. Entries added to an
 * existing table go through mmu_update as well.
 */
#include <uk/arch/cpudefs.h>
#include <uk/plat/shutdown.h>
#include "../common/hypercall.h"
#include "boot.h"
#include "mmu.h"
#include "../../shared/guard.h"
#include "../../shared/section.h"

#define PAGE XEN_PAGE_SIZE
#define ENTRIES 512
#define PTE_MFN_MASK 0x000ffffffffff000ULL
#define TABLE_FLAGS (X86_PTE_P | X86_PTE_RW | X86_PTE_US | X86_PTE_A)
#define RO_FLAGS (X86_PTE_P | X86_PTE_US | X86_PTE_A)
#define DATA_FLAGS (TABLE_FLAGS | X86_PTE_D)
/* update_va_mapping flags: invalidate this one address in the TLB */
#define UVMF_INVLPG 2
/* Pages of guaranteed mapped padding after the bootstrap area */
#define PADDING_PAGES 128
/* mmuext_op: flush this vCPU's TLB (Xen's public xen.h) */
#define XEN_HC_MMUEXT_OP 26
#define MMUEXT_TLB_FLUSH_LOCAL 6
/* Entries sent per mmu_update hypercall by the W^X pass */
#define BATCH 64

struct mmuext_op_req {
	unsigned int cmd;
	uint64_t arg1;
	uint64_t arg2;
};

extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[];

struct mmu_update_req {
	uint64_t
		ptr; /* machine address of the entry; low bits 0: normal update */
	uint64_t val;
};

static const uint64_t *p2m;
/* X86_PTE_NX once xen_mmu_protect() applied W^X (Xen enables EFER.NXE). */
static uint64_t nx_bit;
static uint64_t nr_pages;
static uint64_t *l4;
/* Page-table pages come from [pool_next, pool_limit), all mapped. */
static uint64_t pool_next, pool_limit;
/* [0, mapped_end) is mapped once xen_mmu_map_all() ran. */
static uint64_t mapped_end;
static bool protected;

void xen_mmu_init(const struct xen_start_info *si, uint64_t boot_end)
{
	p2m = (const uint64_t *)(uintptr_t)si->mfn_list;
	nr_pages = si->nr_pages;
	l4 = (uint64_t *)(uintptr_t)si->pt_base;
	pool_next = (boot_end + PAGE - 1) / PAGE;
	pool_limit = pool_next + PADDING_PAGES;
	mapped_end = pool_limit * PAGE;
}

uint64_t xen_mfn_to_pfn(uint64_t mfn)
{
	return ((const volatile uint64_t *)XEN_M2P_VIRT_START)[mfn];
}

long xen_mmu_set_page(uint64_t va, uint64_t maddr)
{
	uint64_t pte = maddr ? (maddr & PTE_MFN_MASK) | DATA_FLAGS | nx_bit : 0;

	return xen_hypercall(XEN_HC_UPDATE_VA_MAPPING, va, pte, UVMF_INVLPG, 0,
			     0);
}

static void check(long rc, const char *what)
{
	if (rc < 0)
		ukplat_crash(what);
}

/* Write entry idx of the page table mapped at table. */
static void set_entry(const uint64_t *table, unsigned int idx, uint64_t val)
{
	uint64_t pfn = (uint64_t)(uintptr_t)table / PAGE;
	struct mmu_update_req req = {
		.ptr = (p2m[pfn] << XEN_PAGE_SHIFT) + idx * sizeof(uint64_t),
		.val = val,
	};

	check(xen_hypercall(XEN_HC_MMU_UPDATE, (uint64_t)(uintptr_t)&req, 1, 0,
			    XEN_DOMID_SELF, 0),
	      "xen: mmu_update refused a page-table entry");
}

/* The table an entry points to, through the M2P (it is mapped 1:1). */
static uint64_t *table_of(uint64_t pte)
{
	uint64_t pfn = xen_mfn_to_pfn((pte & PTE_MFN_MASK) >> XEN_PAGE_SHIFT);

	return (uint64_t *)(uintptr_t)(pfn * PAGE);
}

/* A zeroed, still writable page for a new table. */
static uint64_t *new_table(void)
{
	uint64_t *t;
	unsigned int i;

	if (pool_next >= pool_limit || pool_next >= nr_pages)
		ukplat_crash("xen: no mapped page left for page tables");
	t = (uint64_t *)(uintptr_t)(pool_next++ * PAGE);
	for (i = 0; i < ENTRIES; i++)
		t[i] = 0;
	return t;
}

/* Seal table (read-only mapping) and link it as entry idx of parent. */
static void link_table(const uint64_t *parent, unsigned int idx,
		       const uint64_t *table)
{
	uint64_t mfn = p2m[(uint64_t)(uintptr_t)table / PAGE];

	check(xen_hypercall(
		      XEN_HC_UPDATE_VA_MAPPING, (uint64_t)(uintptr_t)table,
		      (mfn << XEN_PAGE_SHIFT) | RO_FLAGS, UVMF_INVLPG, 0, 0),
	      "xen: could not make a new page table read-only");
	set_entry(parent, idx, (mfn << XEN_PAGE_SHIFT) | TABLE_FLAGS);
}

/* The next-level table for va below parent's entry idx, made if missing. */
static uint64_t *descend(uint64_t *parent, unsigned int idx)
{
	if (!(parent[idx] & X86_PTE_P))
		link_table(parent, idx, new_table());
	return table_of(parent[idx]);
}

/* A new L1 mapping the 512 pages from first_pfn (those that exist). */
static void map_chunk(const uint64_t *l2, unsigned int idx, uint64_t first_pfn)
{
	uint64_t *l1 = new_table();
	unsigned int i;

	for (i = 0; i < ENTRIES && first_pfn + i < nr_pages; i++)
		l1[i] = (p2m[first_pfn + i] << XEN_PAGE_SHIFT) | DATA_FLAGS;
	link_table(l2, idx, l1);
}

uint64_t xen_mmu_map_all(void)
{
	uint64_t pfn = 0;

	while (pfn < nr_pages) {
		uint64_t va = pfn * PAGE;
		uint64_t *l3 = descend(l4, (va >> 39) & 511);
		uint64_t *l2 = descend(l3, (va >> 30) & 511);
		unsigned int i2 = (va >> 21) & 511;
		unsigned int i1 = (va >> 12) & 511;

		if (!(l2[i2] & X86_PTE_P)) {
			map_chunk(l2, i2, pfn);
			pfn = (pfn | 511) + 1;
		} else if (l2[i2] & X86_PTE_PS) {
			pfn = (pfn | 511) + 1;
		} else {
			uint64_t *l1 = table_of(l2[i2]);

			if (!(l1[i1] & X86_PTE_P))
				set_entry(l1, i1,
					  (p2m[pfn] << XEN_PAGE_SHIFT) |
						  DATA_FLAGS);
			pfn++;
		}
		/* Everything below pfn is mapped now: usable for tables. */
		if (pfn > pool_limit)
			pool_limit = pfn;
	}
	mapped_end = nr_pages * PAGE;
	return pool_next;
}

/* The L1 entry mapping va, or NULL (not mapped with 4 KiB pages). */
static const uint64_t *l1_entry(uint64_t va)
{
	const uint64_t *t = l4;
	unsigned int shift;

	for (shift = 39; shift > 12; shift -= 9) {
		uint64_t e = t[(va >> shift) & 511];

		if (!(e & X86_PTE_P) || (e & X86_PTE_PS))
			return NULL;
		t = table_of(e);
	}
	return &t[(va >> 12) & 511];
}

static void flush_batch(struct mmu_update_req *reqs, unsigned int *n)
{
	if (!*n)
		return;
	check(xen_hypercall(XEN_HC_MMU_UPDATE, (uint64_t)(uintptr_t)reqs, *n, 0,
			    XEN_DOMID_SELF, 0),
	      "xen: mmu_update refused a W^X page right");
	*n = 0;
}

/*
 * W^X: .text read + execute, .rodata read only, every other mapped page
 * no-execute, keeping whether it was writable (page tables stay read
 * only). Xen validates each entry (mmu_update) and runs 64-bit PV
 * guests with EFER.NXE on.
 */
static void protect_wx(void)
{
	static struct mmu_update_req reqs[BATCH];
	struct mmuext_op_req flush = { .cmd = MMUEXT_TLB_FLUSH_LOCAL };
	uint64_t text = (uint64_t)(uintptr_t)__text_start,
		 text_end = (uint64_t)(uintptr_t)__text_end,
		 ro = (uint64_t)(uintptr_t)__rodata_start,
		 ro_end = (uint64_t)(uintptr_t)__rodata_end;
	unsigned int n = 0;
	uint64_t va;

	for (va = 0; va < mapped_end; va += PAGE) {
		const uint64_t *e = l1_entry(va);
		uint64_t old, want;

		if (!e || !(*e & X86_PTE_P))
			continue;
		old = *e;
		if (va >= text && va < text_end)
			want = old & ~(X86_PTE_RW | X86_PTE_NX);
		else if (va >= ro && va < ro_end)
			want = (old & ~X86_PTE_RW) | X86_PTE_NX;
		else
			want = old | X86_PTE_NX;
		if (want == old)
			continue;
		reqs[n].ptr =
			(p2m[(uint64_t)(uintptr_t)e / PAGE] << XEN_PAGE_SHIFT) +
			((uint64_t)(uintptr_t)e & (PAGE - 1));
		reqs[n].val = want;
		if (++n == BATCH)
			flush_batch(reqs, &n);
	}
	flush_batch(reqs, &n);
	check(xen_hypercall(XEN_HC_MMUEXT_OP, (uint64_t)(uintptr_t)&flush, 1, 0,
			    XEN_DOMID_SELF, 0),
	      "xen: could not flush the TLB");
	nx_bit = X86_PTE_NX;
}

void xen_mmu_protect(void)
{
	check(xen_mmu_set_page(0, 0), "xen: could not unmap page 0");
	check(xen_mmu_set_page((uint64_t)(uintptr_t)xen_stack_guard, 0),
	      "xen: could not unmap the stack guard page");
	protect_wx();
	protected = true;
}

static bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
	return a < b + blen && b < a + alen;
}

bool xen_mmu_in_guard(uint64_t addr)
{
	return overlaps(addr, 1, (uint64_t)(uintptr_t)xen_stack_guard, PAGE);
}

bool plat_mem_readable(uint64_t addr, uint64_t len)
{
	if (addr + len < addr || addr + len > mapped_end)
		return false;
	if (!len || !protected)
		return true;
	return !overlaps(addr, len, 0, PAGE) &&
	       !overlaps(addr, len, (uint64_t)(uintptr_t)xen_stack_guard,
			 PAGE) &&
	       !plat_guard_overlaps(addr, len);
}

/* Guard pages (../../shared/guard.h): unmapped, then mapped back RW. */
int plat_page_set_present(uint64_t va, bool present)
{
	uint64_t pfn = va / PAGE;

	if ((va & (PAGE - 1)) || pfn >= nr_pages || va + PAGE > mapped_end)
		return -1;
	return xen_mmu_set_page(va, present ? p2m[pfn] << XEN_PAGE_SHIFT : 0) <
			       0
		       ? -1
		       : 0;
}

const char *xen_mmu_section(uint64_t a)
{
	uint64_t g = (uint64_t)(uintptr_t)xen_stack_guard;
	const char *sec;

	if (a < PAGE)
		return "page 0 (NULL)";
	if (a >= g && a < g + PAGE)
		return "the boot stack's guard page";
	if (a >= g + PAGE && a < (uint64_t)(uintptr_t)xen_stack_top)
		return "the boot stack, in .bss";
	if (plat_guard_overlaps(a, 1))
		return "a thread stack's guard page";
	sec = plat_image_section(a);
	return sec ? sec : PLAT_OUTSIDE_IMAGE;
}
