/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The arm64 exception decoder (kvm-arm64, xen-arm64): IRQs taken inside
 * ukplat_halt() go to the timer code, then to the platform's device
 * interrupt handlers (arm64_plat_irq_dispatch()); everything else (an interrupt
 * nobody handles included) gets a readable crash dump, decoded from the
 * syndrome, then plat_terminate_crash().
 */
#include <uk/arch/cpudefs.h>
#include <uk/arch/page.h>
#include "../backtrace.h"
#include "../crash.h"
#include "../guard.h"
#include "../kprint.h"
#include "../section.h"
#include "boot.h"
#include "esr.h"
#include "gtimer.h"
#include "trap.h"

/* From the linker script */
extern char __image_start[];

bool arm64_in_boot_stack_guard(uint64_t addr)
{
	uint64_t g = (uint64_t)(uintptr_t)arm64_boot_stack_guard;

	return addr >= g && addr < g + UKARCH_PAGE_SIZE;
}

void arm64_dump_image_base(void)
{
	plat_putreg("Image at ", (uint64_t)(uintptr_t)__image_start);
	plat_puts("\n");
}

static bool is_abort(unsigned int ec)
{
	return ec == ARM64_EC_DABT_SAME || ec == ARM64_EC_DABT_LOWER ||
	       ec == ARM64_EC_IABT_SAME || ec == ARM64_EC_IABT_LOWER;
}

/* W^X: "Violation: write to read-only memory (.text)" and the like. */
static void violation(uint64_t far, bool write, bool fetch)
{
	const char *sec = plat_image_section(far);

	if (!write && !fetch)
		return;
	if (arm64_in_boot_stack_guard(far))
		sec = "the boot stack's guard page";
	else if (plat_guard_overlaps(far, 1))
		sec = "a thread stack's guard page";
	plat_put_violation(fetch, sec ? sec : PLAT_OUTSIDE_IMAGE);
}

/* "translation fault, level 2, write at 0x..." and hints. */
static void abort_details(const struct ukarch_regs *r, unsigned int ec)
{
	unsigned int iss = (unsigned int)(r->esr & ARM64_ESR_ISS_MASK);
	int level;
	const char *what = arm64_fsc_name(iss & ARM64_ESR_FSC_MASK, &level);
	bool data = ec == ARM64_EC_DABT_SAME || ec == ARM64_EC_DABT_LOWER;

	plat_puts("  ");
	plat_puts(what);
	if (level >= 0) {
		plat_puts(", level ");
		plat_putdec(level);
	}
	plat_puts(data ? (iss & ARM64_ESR_WNR ? ", write" : ", read")
		       : ", instruction fetch");
	if (iss & ARM64_ESR_FNV) {
		plat_puts(", address unknown\n");
		return;
	}
	plat_puts(" at ");
	plat_puthex(r->far, 16);
	plat_puts("\n");
	/* Permission faults: FSC 0b0011xx (level in bits 1:0). */
	if (((iss & ARM64_ESR_FSC_MASK) & 0x3c) == 0x0c)
		violation(r->far, data && (iss & ARM64_ESR_WNR), !data);
	if (r->far < UKARCH_PAGE_SIZE)
		plat_puts("Hint: NULL pointer dereference\n");
	if (arm64_in_boot_stack_guard(r->far))
		plat_puts("Hint: boot stack overflow (guard page hit)\n");
	if (plat_guard_overlaps(r->far, 1))
		plat_puts("Hint: thread stack overflow (guard page hit)\n");
}

static void dump(const struct ukarch_regs *r, unsigned long entry,
		 unsigned int intid)
{
	unsigned int ec = (unsigned int)(r->esr >> ARM64_ESR_EC_SHIFT) &
			  ARM64_ESR_EC_MASK;
	unsigned int i;
	char name[] = "X00 ";

	plat_puts("\nCRASH: ");
	if ((entry & 3) == 0) {
		plat_puts(arm64_ec_name(ec));
		plat_puts(" (EC ");
		plat_puthex(ec, 2);
		plat_puts(")");
	} else {
		plat_puts("unexpected ");
		plat_puts(arm64_vector_kind(entry));
		if (intid) {
			plat_puts(" (INTID ");
			plat_putdec(intid);
			plat_puts(", which nothing handles)");
		}
	}
	plat_puts(" from ");
	plat_puts(arm64_vector_origin(entry));
	plat_puts("\n");
	if ((entry & 3) == 0 && is_abort(ec))
		abort_details(r, ec);
	plat_putreg("ESR  ", r->esr);
	plat_putreg("  FAR  ", r->far);
	plat_putreg("\nELR  ", r->elr);
	plat_putreg("  SPSR ", r->spsr);
	plat_putreg("\nSP   ", r->sp);
	plat_putreg("  FP   ", r->x[29]);
	plat_putreg("  LR   ", r->x[30]);
	for (i = 0; i < 29; i++) {
		name[1] = (char)('0' + i / 10);
		name[2] = (char)('0' + i % 10);
		plat_puts(i % 4 ? "  " : "\n");
		plat_putreg(name, r->x[i]);
	}
	plat_puts("\n");
	arm64_dump_image_base();
	plat_backtrace(r->x[29], r->elr);
}

void arm64_trap(struct ukarch_regs *regs, unsigned long entry)
{
	static volatile unsigned int depth;
	unsigned int intid = 0;

	/* An IRQ at EL1 (on SP_EL0 or SP_EL1): ukplat_halt() let it in. */
	if ((entry & 3) == 1 && entry < 8) {
		intid = arm64_gtimer_irq();
		if (!intid || arm64_plat_irq_dispatch(intid))
			return;
	}
	if (depth++) {
		/* Faulted while dumping: say the least and stop. */
		plat_puts("\nCRASH: nested exception, ESR ");
		plat_puthex(regs->esr, 8);
		plat_puts(" at ELR ");
		plat_puthex(regs->elr, 16);
		plat_puts("\n");
		plat_terminate_crash();
	}
	dump(regs, entry, intid);
	plat_terminate_crash();
}
