/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Exceptions on arm64 (vectors.S): a crash dump from the syndrome
 * registers, then the crash status. Page 0 is not in the identity map
 * (mmu.h), so NULL dereferences are translation faults here, in dom0
 * as in a domU.
 */
#include <uk/plat/shutdown.h>
#include "../common/kprint.h"
#include "../common/platform.h"
#include "mmu.h"
#include "platform_arm64.h"

#define ESR_EC(esr) (((esr) >> 26) & 0x3f)

static const char *kind_of(uint64_t ec)
{
	switch (ec) {
	case 0x00: return "unknown reason";
	case 0x01: return "WFI/WFE trapped";
	case 0x0e: return "illegal execution state";
	case 0x15: return "SVC";
	case 0x18: return "system register access";
	case 0x20: case 0x21: return "instruction abort";
	case 0x22: return "PC alignment fault";
	case 0x24: case 0x25: return "data abort";
	case 0x26: return "SP alignment fault";
	case 0x2f: return "SError";
	case 0x3c: return "BRK";
	default: return "exception";
	}
}

#define SYSREG(name) ({ uint64_t v_; __asm__ __volatile__("mrs %0, " #name : "=r"(v_)); v_; })

void xen_arm64_trap(uint64_t vector, uint64_t fp, uint64_t lr)
{
	uint64_t esr = SYSREG(esr_el1);
	uint64_t far = SYSREG(far_el1);

	xen_crashing = true;
	xen_puts("\nCRASH: ");
	xen_puts(vector % 4 == 0 ? kind_of(ESR_EC(esr)) : "unexpected interrupt");
	xen_puts(" (vector ");
	xen_putnum(vector, 10, 0);
	xen_puts(")\n");
	xen_putreg("ESR ", esr);
	xen_putreg("  ELR ", SYSREG(elr_el1));
	xen_putreg("  FAR ", far);
	xen_putreg("\nSPSR ", SYSREG(spsr_el1));
	xen_putreg("  LR ", lr);
	xen_puts("\n");
	if ((ESR_EC(esr) == 0x24 || ESR_EC(esr) == 0x25) && far < 4096)
		xen_puts("Hint: NULL pointer dereference\n");
	else if ((ESR_EC(esr) == 0x24 || ESR_EC(esr) == 0x25) &&
		 xen_arm64_in_guard(far))
		xen_puts("Hint: boot stack overflow (guard page hit)\n");
	xen_arm64_backtrace(fp);
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
