/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Exception handler: IRQs taken inside ukplat_halt() go to the timer
 * code; everything else (and an interrupt nobody handles) gets a
 * readable crash dump, then terminates.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../common/backtrace.h"
#include "../common/kprint.h"
#include "../../common/arm64/gtimer.h"
#include "boot.h"
#include "esr.h"
#include "mmu.h"
#include "shutdown.h"
#include "trap.h"

static const char *const groups[4] = {
	"EL1 on SP_EL0", "EL1 on SP_EL1", "lower EL (AArch64)",
	"lower EL (AArch32)",
};
static const char *const kinds[4] = { "synchronous", "IRQ", "FIQ",
				      "SError" };

static bool is_abort(unsigned int ec)
{
	return ec == ARM64_EC_DABT_SAME || ec == ARM64_EC_DABT_LOWER ||
	       ec == ARM64_EC_IABT_SAME || ec == ARM64_EC_IABT_LOWER;
}

/* "translation fault, level 2, write at 0x..." and hints. */
static void abort_details(const struct ukarch_regs *r, unsigned int ec)
{
	unsigned int iss = (unsigned int)(r->esr & ARM64_ESR_ISS_MASK);
	int level;
	const char *what = kvm_arm64_fsc_name(iss & ARM64_ESR_FSC_MASK, &level);
	bool data = ec == ARM64_EC_DABT_SAME || ec == ARM64_EC_DABT_LOWER;

	kvm_puts("  ");
	kvm_puts(what);
	if (level >= 0) {
		kvm_puts(", level ");
		kvm_putdec((uint64_t)level);
	}
	kvm_puts(data ? (iss & ARM64_ESR_WNR ? ", write" : ", read") :
			", instruction fetch");
	if (iss & ARM64_ESR_FNV) {
		kvm_puts(", address unknown\n");
		return;
	}
	kvm_puts(" at ");
	kvm_puthex(r->far, 16);
	kvm_puts("\n");
	if (r->far < KVM_PAGE_SIZE)
		kvm_puts("Hint: NULL pointer dereference\n");
	if (kvm_mmu_in_guard(r->far))
		kvm_puts("Hint: boot stack overflow (guard page hit)\n");
}

static void dump(const struct ukarch_regs *r, unsigned long entry,
		 unsigned int intid)
{
	unsigned int ec = (unsigned int)(r->esr >> ARM64_ESR_EC_SHIFT) &
			  ARM64_ESR_EC_MASK;
	unsigned int i;
	char name[] = "X00 ";

	kvm_puts("\nCRASH: ");
	if ((entry & 3) == 0) {
		kvm_puts(kvm_arm64_ec_name(ec));
		kvm_puts(" (EC ");
		kvm_puthex(ec, 2);
		kvm_puts(")");
	} else {
		kvm_puts("unexpected ");
		kvm_puts(kinds[entry & 3]);
		if (intid) {
			kvm_puts(" (INTID ");
			kvm_putdec(intid);
			kvm_puts(", which nothing handles)");
		}
	}
	kvm_puts(" from ");
	kvm_puts(groups[(entry >> 2) & 3]);
	kvm_puts("\n");
	if ((entry & 3) == 0 && is_abort(ec))
		abort_details(r, ec);
	kvm_putreg("ESR  ", r->esr);
	kvm_putreg("  FAR  ", r->far);
	kvm_putreg("\nELR  ", r->elr);
	kvm_putreg("  SPSR ", r->spsr);
	kvm_putreg("\nSP   ", r->sp);
	kvm_putreg("  FP   ", r->x[29]);
	kvm_putreg("  LR   ", r->x[30]);
	for (i = 0; i < 29; i++) {
		name[1] = (char)('0' + i / 10);
		name[2] = (char)('0' + i % 10);
		kvm_puts(i % 4 ? "  " : "\n");
		kvm_putreg(name, r->x[i]);
	}
	kvm_puts("\n");
	kvm_backtrace(r->x[29], r->elr);
}

void kvm_arm64_trap(struct ukarch_regs *regs, unsigned long entry)
{
	static volatile unsigned int depth;
	unsigned int intid = 0;

	/* An IRQ at EL1 (on SP_EL0 or SP_EL1): ukplat_halt() let it in. */
	if ((entry & 3) == 1 && entry < 8) {
		intid = arm64_gtimer_irq();
		if (!intid)
			return;
	}
	if (depth++) {
		/* Faulted while dumping: say the least and stop. */
		kvm_puts("\nCRASH: nested exception, ESR ");
		kvm_puthex(regs->esr, 8);
		kvm_puts(" at ELR ");
		kvm_puthex(regs->elr, 16);
		kvm_puts("\n");
		kvm_arm64_terminate(UKPLAT_STATUS_CRASH, true);
	}
	dump(regs, entry, intid);
	kvm_arm64_terminate(UKPLAT_STATUS_CRASH, true);
}
