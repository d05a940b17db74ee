/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/cpudefs.h - arm64 architectural constants: system register
 * bits (SCTLR, HCR, SPSR, CPACR, CNTHCTL, ICC_SRE_EL2), translation table and memory
 * attribute encodings (TCR, MAIR, descriptors), and the exception
 * syndrome fields (ESR). Values are from the Arm Architecture Reference
 * Manual (DDI 0487).
 *
 * Plain numbers only, so this header is usable from C and assembly.
 */
#ifndef UK_ARCH_CPUDEFS_H
#define UK_ARCH_CPUDEFS_H

/* Bit helper usable in assembly (no "UL" suffix there). */
#ifdef __ASSEMBLY__
#define ARM64_BIT(n) (1 << (n))
#define ARM64_BIT64(n) (1 << (n))
#else
#define ARM64_BIT(n) (1U << (n))
#define ARM64_BIT64(n) (1ULL << (n))
#endif

/* SCTLR_ELx */
#define ARM64_SCTLR_M ARM64_BIT(0)    /* MMU on */
#define ARM64_SCTLR_A ARM64_BIT(1)    /* alignment checks */
#define ARM64_SCTLR_C ARM64_BIT(2)    /* data cacheable */
#define ARM64_SCTLR_SA ARM64_BIT(3)   /* SP alignment check, this EL */
#define ARM64_SCTLR_SA0 ARM64_BIT(4)  /* SP alignment check, EL0 */
#define ARM64_SCTLR_I ARM64_BIT(12)   /* instruction cacheable */
#define ARM64_SCTLR_WXN ARM64_BIT(19) /* writable implies execute-never */
/* Bits that read as one (RES1) in SCTLR_EL1 on ARMv8.0. */
#define ARM64_SCTLR_EL1_RES1 0x30d00800

/* HCR_EL2 */
#define ARM64_HCR_RW ARM64_BIT(31) /* EL1 is AArch64 */

/* CNTHCTL_EL2: EL1/EL0 access to the physical counter and timer */
#define ARM64_CNTHCTL_EL1PCTEN ARM64_BIT(0)
#define ARM64_CNTHCTL_EL1PCEN ARM64_BIT(1)

/* ID_AA64PFR0_EL1.GIC (bits 27:24): non-zero = GICv3 system registers */
#define ARM64_PFR0_GIC_SHIFT 24
/* ICC_SRE_EL2 (by encoding): SRE for EL2, Enable = EL1 may use its own */
#define ARM64_ICC_SRE_EL2 s3_4_c12_c9_5
#define ARM64_ICC_SRE_EL2_SRE ARM64_BIT(0)
#define ARM64_ICC_SRE_EL2_ENABLE ARM64_BIT(3)

/* CPTR_EL2 (no VHE): RES1 bits; TFP (bit 10) clear = no FP traps */
#define ARM64_CPTR_EL2_RES1 0x33ff

/* CPACR_EL1.FPEN (bits 21:20) = 0b11: FP/SIMD usable at EL1 and EL0 */
#define ARM64_CPACR_FPEN_ALL (3 << 20)

/* SPSR_ELx / PSTATE */
#define ARM64_SPSR_MODE_MASK 0xf
#define ARM64_SPSR_EL0t 0x0
#define ARM64_SPSR_EL1t 0x4 /* EL1 on SP_EL0 */
#define ARM64_SPSR_EL1h 0x5 /* EL1 on SP_EL1 */
#define ARM64_SPSR_EL2h 0x9
#define ARM64_SPSR_F ARM64_BIT(6)
#define ARM64_SPSR_I ARM64_BIT(7)
#define ARM64_SPSR_A ARM64_BIT(8)
#define ARM64_SPSR_D ARM64_BIT(9)
#define ARM64_SPSR_DAIF \
	(ARM64_SPSR_D | ARM64_SPSR_A | ARM64_SPSR_I | ARM64_SPSR_F)

/* MAIR_EL1: attribute indexes used in descriptors, and their encodings */
#define ARM64_MAIR_IDX_DEVICE 0 /* Device-nGnRE */
#define ARM64_MAIR_IDX_NORMAL 1 /* Normal, inner/outer write-back */
#define ARM64_MAIR_IDX_NC 2	/* Normal, non-cacheable */
#define ARM64_MAIR_DEVICE_nGnRE 0x04
#define ARM64_MAIR_NORMAL_WB 0xff
#define ARM64_MAIR_NORMAL_NC 0x44
#define ARM64_MAIR_VALUE                                            \
	((ARM64_MAIR_DEVICE_nGnRE << (8 * ARM64_MAIR_IDX_DEVICE)) | \
	 (ARM64_MAIR_NORMAL_WB << (8 * ARM64_MAIR_IDX_NORMAL)) |    \
	 (ARM64_MAIR_NORMAL_NC << (8 * ARM64_MAIR_IDX_NC)))

/* TCR_EL1 fields for TTBR0 (4 KiB granule) */
#define ARM64_TCR_T0SZ(bits) (64 - (bits)) /* VA size in bits */
#define ARM64_TCR_IRGN0_WBWA (1 << 8)
#define ARM64_TCR_ORGN0_WBWA (1 << 10)
#define ARM64_TCR_SH0_INNER (3 << 12)
#define ARM64_TCR_TG0_4K (0 << 14)
#define ARM64_TCR_EPD1 (1 << 23) /* no walks through TTBR1 */
#define ARM64_TCR_IPS_SHIFT 32	 /* from ID_AA64MMFR0_EL1.PARange */

/* Translation table descriptors (stage 1, 4 KiB granule) */
#define ARM64_PTE_VALID ARM64_BIT64(0)
#define ARM64_PTE_TABLE ARM64_BIT64(1) /* table (levels 0-2) / page (3) */
#define ARM64_PTE_BLOCK 0	       /* block: bit 1 clear (levels 1-2) */
#define ARM64_PTE_ATTR(idx) ((unsigned long long)(idx) << 2)
#define ARM64_PTE_AP_RO ARM64_BIT64(7) /* AP[2]: read-only */
#define ARM64_PTE_SH_INNER (3ULL << 8)
#define ARM64_PTE_AF ARM64_BIT64(10)  /* access flag */
#define ARM64_PTE_PXN ARM64_BIT64(53) /* privileged execute-never */
#define ARM64_PTE_UXN ARM64_BIT64(54) /* unprivileged execute-never */
#define ARM64_PTE_ADDR_MASK 0x0000fffffffff000ULL

/* ESR_ELx */
#define ARM64_ESR_EC_SHIFT 26
#define ARM64_ESR_EC_MASK 0x3f
#define ARM64_ESR_IL ARM64_BIT(25)
#define ARM64_ESR_ISS_MASK 0x1ffffff
/* Exception classes this code treats specially */
#define ARM64_EC_UNKNOWN 0x00
#define ARM64_EC_FP_ACCESS 0x07
#define ARM64_EC_SVC64 0x15
#define ARM64_EC_IABT_LOWER 0x20
#define ARM64_EC_IABT_SAME 0x21
#define ARM64_EC_PC_ALIGN 0x22
#define ARM64_EC_DABT_LOWER 0x24
#define ARM64_EC_DABT_SAME 0x25
#define ARM64_EC_SP_ALIGN 0x26
#define ARM64_EC_SERROR 0x2f
#define ARM64_EC_BRK64 0x3c
/* Data/instruction abort ISS */
#define ARM64_ESR_FSC_MASK 0x3f	    /* fault status code */
#define ARM64_ESR_WNR ARM64_BIT(6)  /* data abort: write, not read */
#define ARM64_ESR_FNV ARM64_BIT(10) /* FAR not valid */

#endif /* UK_ARCH_CPUDEFS_H */
