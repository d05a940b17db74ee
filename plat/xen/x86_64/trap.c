/* SPDX-License-Identifier: BSD-3-Clause */
/* Exception handler: a crash dump with a hint where one applies. */
#include <uk/arch/cpudefs.h>
#include <uk/plat/shutdown.h>
#include "../common/hypercall.h"
#include "../../shared/backtrace.h"
#include "../../shared/guard.h"
#include "../../shared/kprint.h"
#include "../../shared/section.h"
#include "../common/platform.h"
#include "mmu.h"
#include "shinfo.h"
#include "traps.h"

extern const char xen_trap_table[];

static const char *name_of(uint64_t vec)
{
	switch (vec) {
	case 0: return "#DE divide error";
	case 1: return "#DB debug";
	case 3: return "#BP breakpoint";
	case 4: return "#OF overflow";
	case 5: return "#BR bound range exceeded";
	case 6: return "#UD invalid opcode";
	case 7: return "#NM device not available";
	case 8: return "#DF double fault";
	case 10: return "#TS invalid TSS";
	case 11: return "#NP segment not present";
	case 12: return "#SS stack-segment fault";
	case 13: return "#GP general protection fault";
	case 14: return "#PF page fault";
	case 16: return "#MF x87 floating-point error";
	case 17: return "#AC alignment check";
	case 19: return "#XM SIMD floating-point exception";
	default: return "exception";
	}
}

void xen_traps_init(void)
{
	if (xen_hypercall(XEN_HC_SET_TRAP_TABLE,
			  (uint64_t)(uintptr_t)xen_trap_table, 0, 0, 0, 0) < 0)
		plat_puts(
			"xen: set_trap_table failed; faults will kill the domain\n");
}

static void page_fault(uint64_t err)
{
	volatile struct xen_vcpu_info *v = xen_vcpu0();
	uint64_t cr2 = v ? v->cr2 : 0;

	plat_putreg("Fault address (CR2): ", cr2);
	plat_puts(err & X86_PF_P ? "  [protection violation"
				 : "  [page not present");
	plat_puts(err & X86_PF_I   ? ", instruction fetch]\n"
		  : err & X86_PF_W ? ", write]\n"
				   : ", read]\n");
	if ((err & X86_PF_P) && (err & (X86_PF_I | X86_PF_W)))
		plat_put_violation(err & X86_PF_I, xen_mmu_section(cr2));
	if (cr2 < XEN_PAGE_SIZE)
		plat_puts("Hint: NULL pointer dereference\n");
	if (xen_mmu_in_guard(cr2))
		plat_puts("Hint: boot stack overflow (guard page hit)\n");
	if (plat_guard_overlaps(cr2, 1))
		plat_puts("Hint: thread stack overflow (guard page hit)\n");
}

void xen_trap_handler(struct ukarch_regs *r)
{
	xen_crashing = true;
	plat_puts("\nCRASH: ");
	plat_puts(name_of(r->vector));
	plat_puts(" (vector ");
	plat_putdec(r->vector);
	plat_puts(")\n");
	plat_putreg("Error code: ", r->error_code);
	plat_puts("\n");
	if (r->vector == 14)
		page_fault(r->error_code);
	plat_putreg("RIP ", r->rip);
	plat_putreg("  RSP ", r->rsp);
	plat_putreg("  RFLAGS ", r->rflags);
	plat_putreg("\nRAX ", r->rax);
	plat_putreg("  RBX ", r->rbx);
	plat_putreg("  RCX ", r->rcx);
	plat_putreg("\nRDX ", r->rdx);
	plat_putreg("  RSI ", r->rsi);
	plat_putreg("  RDI ", r->rdi);
	plat_putreg("\nRBP ", r->rbp);
	plat_putreg("  R8  ", r->r8);
	plat_putreg("  R9  ", r->r9);
	plat_putreg("\nR10 ", r->r10);
	plat_putreg("  R11 ", r->r11);
	plat_putreg("  R12 ", r->r12);
	plat_putreg("\nR13 ", r->r13);
	plat_putreg("  R14 ", r->r14);
	plat_putreg("  R15 ", r->r15);
	plat_puts("\n");
	plat_backtrace(r->rbp, r->rip);
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
