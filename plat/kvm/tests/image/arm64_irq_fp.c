/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * kvm-arm64: an interrupt leaves the interrupted code's FP/SIMD state
 * as it was. All of q0-q31 hold distinct patterns and FPSR is clear
 * when an interrupt is let in; its handler writes every v register and
 * raises the inexact flag, as any C handler may (AAPCS64 keeps only the
 * low halves of v8-v15 across a call, and FPSR is not kept at all). The
 * vectors (plat/shared/arm64/vectors.S) must give back all 32 q
 * registers, FPCR and FPSR bit for bit.
 */
#ifdef CONFIG_ARCH_ARM64
#include <stdint.h>
#include <uk/arch/lcpu.h>
#include <uk/intctlr/gic.h>
#include <uk/plat/irq.h>
#include <uk/test.h>

/* An SPI that nothing on QEMU virt drives (its devices use 32-111). */
#define TEST_SPI 200
#define FPSR_IXC (1U << 4)
#define FPCR_RZ (3U << 22) /* round toward zero: a state worth keeping */

static volatile unsigned int taken;

static int clobber(void *arg)
{
	static volatile double one = 1.0, three = 3.0;
	volatile double r;

	(void)arg;
	__asm__ __volatile__(
		"movi v0.16b, #0xa5\n movi v1.16b, #0xa5\n movi v2.16b, #0xa5\n"
		"movi v3.16b, #0xa5\n movi v4.16b, #0xa5\n movi v5.16b, #0xa5\n"
		"movi v6.16b, #0xa5\n movi v7.16b, #0xa5\n movi v8.16b, #0xa5\n"
		"movi v9.16b, #0xa5\n movi v10.16b, #0xa5\n movi v11.16b, #0xa5\n"
		"movi v12.16b, #0xa5\n movi v13.16b, #0xa5\n movi v14.16b, #0xa5\n"
		"movi v15.16b, #0xa5\n movi v16.16b, #0xa5\n movi v17.16b, #0xa5\n"
		"movi v18.16b, #0xa5\n movi v19.16b, #0xa5\n movi v20.16b, #0xa5\n"
		"movi v21.16b, #0xa5\n movi v22.16b, #0xa5\n movi v23.16b, #0xa5\n"
		"movi v24.16b, #0xa5\n movi v25.16b, #0xa5\n movi v26.16b, #0xa5\n"
		"movi v27.16b, #0xa5\n movi v28.16b, #0xa5\n movi v29.16b, #0xa5\n"
		"movi v30.16b, #0xa5\n movi v31.16b, #0xa5\n"
		:
		:
		: "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9",
		  "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18",
		  "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27",
		  "v28", "v29", "v30", "v31");
	r = one / three; /* inexact: sets FPSR.IXC */
	(void)r;
	taken++;
	return 1;
}

/* q0-q31 from in[], the interrupt let in until it is taken, q0-q31 to out[]. */
#define QLD(a, b) "ldp q" #a ", q" #b ", [%[in], #" #a " * 16]\n"
#define QST(a, b) "stp q" #a ", q" #b ", [%[out], #" #a " * 16]\n"
/* clang-format off */
#define QALL(M) \
	M(0, 1) M(2, 3) M(4, 5) M(6, 7) M(8, 9) M(10, 11) M(12, 13) M(14, 15) \
	M(16, 17) M(18, 19) M(20, 21) M(22, 23) M(24, 25) M(26, 27) M(28, 29) \
	M(30, 31)
/* clang-format on */

UK_TESTSUITE(arm64_irq_fp);

UK_TEST(arm64_irq_fp, interrupt_keeps_q0_q31_fpcr_fpsr)
{
	static uint8_t in[32 * 16] __attribute__((aligned(16)));
	static uint8_t out[32 * 16] __attribute__((aligned(16)));
	uint64_t fpcr_before, fpcr, fpsr;
	unsigned int i, seen = taken, diff = 0;

	for (i = 0; i < sizeof(in); i++)
		in[i] = (uint8_t)(i * 7 + 1);
	UK_TEST_ASSERT_EQ(
		ukplat_irq_register(TEST_SPI, UKPLAT_IRQ_EDGE, clobber, NULL),
		0);
	__asm__ __volatile__("mrs %0, fpcr" : "=r"(fpcr_before));
	/* Pending now, taken once PSTATE.I is clear inside the block. */
	UK_TEST_ASSERT_EQ(uk_gic_set_pending(TEST_SPI), 0);
	/* clang-format off */
	__asm__ __volatile__(
		"msr fpcr, %[rz]\n"
		"msr fpsr, xzr\n"
		QALL(QLD)
		"mov x9, #0x100000\n" /* bound the wait */
		"msr daifclr, #2\n"
		"isb\n"
		"1: ldr w10, [%[taken]]\n"
		"cmp w10, %w[seen]\n"
		"b.ne 2f\n"
		"subs x9, x9, #1\n"
		"b.ne 1b\n"
		"2: msr daifset, #2\n"
		"isb\n"
		QALL(QST)
		"mrs %[fpcr], fpcr\n"
		"mrs %[fpsr], fpsr\n"
		"msr fpcr, %[before]\n"
		: [fpcr] "=&r"(fpcr), [fpsr] "=&r"(fpsr)
		: [in] "r"(in), [out] "r"(out), [taken] "r"(&taken),
		  [seen] "r"(seen), [rz] "r"(fpcr_before | FPCR_RZ),
		  [before] "r"(fpcr_before)
		: "x9", "x10", "cc", "memory",
		  "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7",
		  "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15",
		  "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23",
		  "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31");
	/* clang-format on */
	ukplat_irq_mask(TEST_SPI);
	UK_TEST_EXPECT_EQ(taken - seen, 1);
	for (i = 0; i < sizeof(in); i++)
		diff += in[i] != out[i];
	UK_TEST_EXPECT_EQ(diff, 0);
	UK_TEST_EXPECT_EQ(fpcr, fpcr_before | FPCR_RZ);
	UK_TEST_EXPECT_EQ(fpsr & FPSR_IXC, 0);
}
#endif /* CONFIG_ARCH_ARM64 */
