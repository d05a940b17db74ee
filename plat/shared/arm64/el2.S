/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Leaving EL2 for EL1 (QEMU -M virt,virtualization=on enters at EL2).
 * EL1 runs AArch64 (HCR_EL2.RW) with no hypervisor traps: timer and
 * counter accessible (CNTHCTL_EL2), no FP/SIMD or CP15 traps, the
 * physical CPU's ID registers, SCTLR_EL1 at its reset value (MMU off),
 * and, with a GICv3 CPU interface (ID_AA64PFR0_EL1.GIC), its system
 * registers usable at EL1 (ICC_SRE_EL2.SRE and .Enable; interrupts stay
 * routed to EL1: HCR_EL2.IMO/FMO clear). Then an exception return to the
 * caller at EL1h with DAIF masked. Called with bl from entry.S; uses x0
 * only.
 */
#include <uk/arch/cpudefs.h>

	.section .text.boot, "ax"
	.globl arm64_el2_to_el1
	.type arm64_el2_to_el1, %function
arm64_el2_to_el1:
	mov x0, #ARM64_HCR_RW
	msr hcr_el2, x0
	mrs x0, cnthctl_el2
	orr x0, x0, #(ARM64_CNTHCTL_EL1PCTEN | ARM64_CNTHCTL_EL1PCEN)
	msr cnthctl_el2, x0
	msr cntvoff_el2, xzr
	mov x0, #ARM64_CPTR_EL2_RES1
	msr cptr_el2, x0
	msr hstr_el2, xzr
	mrs x0, midr_el1
	msr vpidr_el2, x0
	mrs x0, mpidr_el1
	msr vmpidr_el2, x0
	mrs x0, id_aa64pfr0_el1
	ubfx x0, x0, #ARM64_PFR0_GIC_SHIFT, #4
	cbz x0, 1f
	mov x0, #(ARM64_ICC_SRE_EL2_SRE | ARM64_ICC_SRE_EL2_ENABLE)
	msr ARM64_ICC_SRE_EL2, x0
	isb
1:
	mov x0, #(ARM64_SCTLR_EL1_RES1 & 0xffff)
	movk x0, #(ARM64_SCTLR_EL1_RES1 >> 16), lsl #16
	msr sctlr_el1, x0
	mov x0, #(ARM64_SPSR_DAIF | ARM64_SPSR_EL1h)
	msr spsr_el2, x0
	msr elr_el2, x30
	isb
	eret
	.size arm64_el2_to_el1, . - arm64_el2_to_el1
