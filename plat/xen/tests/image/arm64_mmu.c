/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * xen-arm64: the MMU and caches are on with the intended map (mmu.h):
 * SCTLR_EL1 M, C, I and WXN set, A clear; text, rodata and data
 * translate to normal write-back memory with the intended permissions
 * (AT S1E1R / S1E1W); page 0 and the stack guard page do not
 * translate; an unaligned load
 * from normal memory works.
 */
#ifdef CONFIG_ARCH_ARM64
#include <uk/arch/cpudefs.h>
#include <uk/arch/lcpu.h>
#include <uk/test.h>
#include "../../arm64/boot.h"

#define PAR_F 1ULL
#define PAR_ATTR(par) ((par) >> 56)

static uint64_t translate_read(const void *p)
{
	__asm__ __volatile__("at s1e1r, %0" : : "r"(p) : "memory");
	ukarch_isb();
	return ukarch_sysreg_read(par_el1);
}

static uint64_t translate_write(const void *p)
{
	__asm__ __volatile__("at s1e1w, %0" : : "r"(p) : "memory");
	ukarch_isb();
	return ukarch_sysreg_read(par_el1);
}

static uint64_t data_word = 1;

UK_TESTSUITE(xen_arm64_mmu);

UK_TEST(xen_arm64_mmu, sctlr_has_mmu_caches_and_wxn)
{
	uint64_t sctlr = ukarch_sysreg_read(sctlr_el1);

	UK_TEST_EXPECT(sctlr & ARM64_SCTLR_M);
	UK_TEST_EXPECT(sctlr & ARM64_SCTLR_C);
	UK_TEST_EXPECT(sctlr & ARM64_SCTLR_I);
	UK_TEST_EXPECT(sctlr & ARM64_SCTLR_WXN);
	UK_TEST_EXPECT(!(sctlr & ARM64_SCTLR_A));
}

UK_TEST(xen_arm64_mmu, image_is_write_back_and_w_xor_x)
{
	uint64_t par;

	/* Identity map: the physical address is the virtual one. */
	par = translate_read(__text_start);
	UK_TEST_EXPECT_EQ(par & PAR_F, 0);
	UK_TEST_EXPECT_EQ(PAR_ATTR(par), ARM64_MAIR_NORMAL_WB);
	UK_TEST_EXPECT_EQ(par & ARM64_PTE_ADDR_MASK,
			  (uint64_t)(uintptr_t)__text_start);
	UK_TEST_EXPECT_EQ(translate_write(__text_start) & PAR_F, PAR_F);
	UK_TEST_EXPECT_EQ(translate_read(__rodata_start) & PAR_F, 0);
	UK_TEST_EXPECT_EQ(translate_write(__rodata_start) & PAR_F, PAR_F);
	par = translate_write(&data_word);
	UK_TEST_EXPECT_EQ(par & PAR_F, 0);
	UK_TEST_EXPECT_EQ(PAR_ATTR(par), ARM64_MAIR_NORMAL_WB);
}

UK_TEST(xen_arm64_mmu, page_zero_is_unmapped)
{
	UK_TEST_EXPECT_EQ(translate_read((const void *)0x10) & PAR_F, PAR_F);
}

UK_TEST(xen_arm64_mmu, stack_guard_is_unmapped)
{
	UK_TEST_EXPECT_EQ(translate_read(arm64_boot_stack_guard) & PAR_F,
			  PAR_F);
	UK_TEST_EXPECT_EQ(
		translate_read(arm64_boot_stack_guard + UKARCH_PAGE_SIZE) &
			PAR_F,
		0);
}

UK_TEST(xen_arm64_mmu, unaligned_load_from_normal_memory)
{
	static uint64_t words[2] = { 0x0706050403020100ULL,
				     0x0f0e0d0c0b0a0908ULL };
	const char *p = (const char *)words + 3;
	uint64_t v;

	/* A real unaligned LDR, whatever the compiler flags. */
	__asm__ __volatile__("ldr %0, [%1]" : "=r"(v) : "r"(p) : "memory");
	UK_TEST_EXPECT_EQ(v, 0x0a09080706050403ULL);
}
#endif
