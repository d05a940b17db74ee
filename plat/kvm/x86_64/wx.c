/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * W^X on kvm-x86_64: the rights of every page of the boot identity map,
 * set once in C before anything else runs (kvm_mmu_protect()).
 *
 *   .text                       read + execute
 *   .rodata (and .note.Xen)     read only, no execute
 *   .data, .bss, boot stack     read + write, no execute
 *   everything else (heap, thread stacks, free RAM, devices)
 *                               read + write, no execute
 *
 * The linker script aligns the sections to 4 KiB, not 2 MiB: every 2 MiB
 * page the image overlaps is split into 4 KiB pages (kvm_pt_low and
 * kvm_pt_guard from boot32.S, else a table from a small pool). NX needs
 * EFER.NXE (CPUID 80000001h:EDX[20]); without it the image still gets
 * read-only .text and .rodata and says that data stays executable.
 * CR0.WP makes read-only pages read-only for the kernel too.
 */
#include <stdbool.h>
#include <stddef.h>
#include <uk/arch/cpudefs.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../../shared/guard.h"
#include "../../shared/kprint.h"
#include "../../shared/section.h"
#include "boot.h"
#include "mmu.h"

#define ENTRIES 512
#define ADDR_MASK 0x000ffffffffff000ULL
#define SIZE_2M (1ULL << 21)
#define KEEP_BITS (X86_PTE_A | X86_PTE_D | X86_PTE_PCD | X86_PTE_PWT)
/* Tables for splitting 2 MiB pages: the image's edges, thread guards. */
#define POOL 24

static uint64_t pool[POOL][ENTRIES] __attribute__((aligned(UKARCH_PAGE_SIZE)));
static unsigned int pool_used;
static uint64_t nx_bit;

static uint64_t addr(const void *p) { return (uint64_t)(uintptr_t)p; }

bool kvm_mmu_nx(void) { return nx_bit != 0; }

/* The 4 KiB page table under directory entry *pde, split if it was a
 * 2 MiB page (same rights); NULL when the pool is exhausted. */
static uint64_t *page_table(uint64_t *pde)
{
	uint64_t *t;
	unsigned int i;

	if (!(*pde & X86_PTE_PS))
		return (uint64_t *)(uintptr_t)(*pde & ADDR_MASK);
	if (pool_used == POOL)
		return NULL;
	t = pool[pool_used++];
	for (i = 0; i < ENTRIES; i++)
		t[i] = ((*pde & ADDR_MASK) + (uint64_t)i * UKARCH_PAGE_SIZE) |
		       (*pde & (X86_PTE_P | X86_PTE_RW | KEEP_BITS | nx_bit));
	/* Rights live in the leaves: the directory entry grants all. */
	*pde = addr(t) | X86_PTE_P | X86_PTE_RW;
	return t;
}

/* The rights of the 4 KiB page at va, by the section it belongs to. */
static uint64_t rights_of(uint64_t va)
{
	if (va >= addr(__text_start) && va < addr(__text_end))
		return X86_PTE_P;
	if (va >= addr(__rodata_start) && va < addr(__rodata_end))
		return X86_PTE_P | nx_bit;
	return X86_PTE_P | X86_PTE_RW | nx_bit;
}

static void protect_2m(uint64_t *pde, uint64_t base)
{
	uint64_t *pt;
	unsigned int i;
	bool image = base < addr(__image_end) &&
		     base + SIZE_2M > addr(__image_start);

	if (!(*pde & X86_PTE_P))
		return;
	if (!image && (*pde & X86_PTE_PS)) {
		*pde |= nx_bit;
		return;
	}
	pt = page_table(pde);
	if (!pt)
		ukplat_crash(
			"kvm: no page table left to split the image's 2 MiB pages");
	for (i = 0; i < ENTRIES; i++) {
		uint64_t va = base + (uint64_t)i * UKARCH_PAGE_SIZE;

		if (pt[i] & X86_PTE_P) /* holes (guard page) stay holes */
			pt[i] = (pt[i] & (ADDR_MASK | KEEP_BITS)) |
				rights_of(va);
	}
}

void kvm_mmu_protect(void)
{
	uint32_t r[4];
	unsigned int i;

	ukarch_cpuid(0x80000000, 0, r);
	if (r[0] >= 0x80000001) {
		ukarch_cpuid(0x80000001, 0, r);
		if (r[3] & (1u << 20)) {
			ukarch_wrmsr(X86_MSR_EFER,
				     ukarch_rdmsr(X86_MSR_EFER) | X86_EFER_NXE);
			nx_bit = X86_PTE_NX;
		}
	}
	if (!nx_bit)
		plat_puts(
			"kvm: the CPU has no NX bit: data and stacks stay executable\n");
	for (i = 0; i < 2048; i++)
		protect_2m(&kvm_pd[i], (uint64_t)i * SIZE_2M);
	ukarch_write_cr0(ukarch_read_cr0() | X86_CR0_WP);
	ukarch_write_cr3(ukarch_read_cr3());
}

int plat_page_set_present(uint64_t va, bool present)
{
	uint64_t *pt;
	unsigned int i = (unsigned int)((va >> 12) & 511);

	if ((va & (UKARCH_PAGE_SIZE - 1)) || va >= KVM_IDMAP_END)
		return -1;
	pt = page_table(&kvm_pd[va >> 21]);
	if (!pt)
		return -1;
	pt[i] = present ? va | rights_of(va) | X86_PTE_A | X86_PTE_D : 0;
	ukarch_invlpg((uintptr_t)va);
	return 0;
}

const char *kvm_mmu_section(uint64_t a)
{
	uint64_t g = addr(kvm_stack_guard);
	const char *sec;

	if (a < UKARCH_PAGE_SIZE)
		return "page 0 (NULL)";
	if (a >= g && a < g + UKARCH_PAGE_SIZE)
		return "the boot stack's guard page";
	if (a >= g + UKARCH_PAGE_SIZE && a < addr(kvm_stack_top))
		return "the boot stack, in .bss";
	sec = plat_image_section(a);
	if (plat_guard_overlaps(a, 1))
		return "a thread stack's guard page";
	return sec ? sec : PLAT_OUTSIDE_IMAGE;
}
