/* SPDX-License-Identifier: BSD-3-Clause */
/* Exception handler: a readable crash dump, then terminate. */
#include <uk/arch/lcpu.h>
#include <uk/arch/regs.h>
#include <uk/plat/shutdown.h>
#include <uk/trace.h>
#include "../../shared/kprint.h"
#include "../../shared/section.h"
#include "../../shared/backtrace.h"
#include "../../shared/crash.h"
#include "../../shared/guard.h"
#include "boot.h"
#include "cpu.h"
#include "mmu.h"

static const char *const names[32] = {
	[0] = "#DE divide error",
	[1] = "#DB debug",
	[2] = "NMI non-maskable interrupt",
	[3] = "#BP breakpoint",
	[4] = "#OF overflow",
	[5] = "#BR bound range exceeded",
	[6] = "#UD invalid opcode",
	[7] = "#NM device not available",
	[8] = "#DF double fault",
	[9] = "coprocessor segment overrun",
	[10] = "#TS invalid TSS",
	[11] = "#NP segment not present",
	[12] = "#SS stack-segment fault",
	[13] = "#GP general protection fault",
	[14] = "#PF page fault",
	[15] = "reserved exception",
	[16] = "#MF x87 floating-point error",
	[17] = "#AC alignment check",
	[18] = "#MC machine check",
	[19] = "#XM SIMD floating-point exception",
	[20] = "#VE virtualization exception",
	[21] = "#CP control protection",
	[22] = "reserved exception",
	[23] = "reserved exception",
	[24] = "reserved exception",
	[25] = "reserved exception",
	[26] = "reserved exception",
	[27] = "reserved exception",
	[28] = "#HV hypervisor injection",
	[29] = "#VC VMM communication",
	[30] = "#SX security exception",
	[31] = "reserved exception",
};

void (*kvm_irq_handler)(unsigned int vector);
void (*kvm_dev_irq_handler)(unsigned int vector);

static void pf_details(uint64_t err, uint64_t cr2)
{
	plat_puts("Fault address (CR2): ");
	plat_puthex(cr2, 16);
	plat_puts(err & X86_PF_P ? "  [protection violation"
				 : "  [page not present");
	plat_puts(err & X86_PF_I   ? ", instruction fetch"
		  : err & X86_PF_W ? ", write"
				   : ", read");
	if (err & X86_PF_U)
		plat_puts(", user mode");
	if (err & X86_PF_RSVD)
		plat_puts(", reserved bit set");
	plat_puts("]\n");
	if ((err & X86_PF_P) && (err & (X86_PF_I | X86_PF_W)))
		plat_put_violation(err & X86_PF_I, kvm_mmu_section(cr2));
	if (cr2 < KVM_NULL_PAGE_END)
		plat_puts("Hint: NULL pointer dereference\n");
	if (kvm_mmu_in_guard(cr2))
		plat_puts("Hint: boot stack overflow (guard page hit)\n");
	if (plat_guard_overlaps(cr2, 1))
		plat_puts("Hint: thread stack overflow (guard page hit)\n");
}

static void dump(const struct ukarch_regs *r)
{
	unsigned int vec = (unsigned int)(r->vector & 31);

	plat_puts("\nCRASH: ");
	plat_puts(names[vec]);
	plat_puts(" (vector ");
	plat_putdec(r->vector);
	plat_puts(")\n");
	plat_puts("Error code: ");
	plat_puthex(r->error_code, 16);
	plat_puts("\n");
	if (vec == 14)
		pf_details(r->error_code, ukarch_read_cr2());
	if (vec == 8 && kvm_mmu_in_guard(r->rsp))
		plat_puts("Hint: boot stack overflow (guard page hit)\n");
	/* A #PF on a full thread stack cannot push its frame: #DF (on its
	 * own IST stack) with RSP at or just above the guard page. */
	if (vec == 8 && plat_guard_overlaps(r->rsp - 64, 64))
		plat_puts("Hint: thread stack overflow (guard page hit)\n");

	plat_putreg("RIP ", r->rip);
	plat_putreg("  RSP ", r->rsp);
	plat_putreg("  RFLAGS ", r->rflags);
	plat_puts("\nCS  ");
	plat_puthex(r->cs, 4);
	plat_puts("  SS  ");
	plat_puthex(r->ss, 4);
	plat_puts("\n");
	plat_putreg("RAX ", r->rax);
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
	plat_putreg("\nCR0 ", ukarch_read_cr0());
	plat_putreg("  CR3 ", ukarch_read_cr3());
	plat_putreg("  CR4 ", ukarch_read_cr4());
	plat_puts("\n");
	plat_backtrace(r->rbp, r->rip);
}

void kvm_trap_handler(struct ukarch_regs *regs)
{
	static volatile unsigned int depth;

	if (regs->vector >= 32)
		UK_TRACE(irq, regs->vector);
	if (regs->vector >= KVM_VEC_DEV_FIRST &&
	    regs->vector < KVM_VEC_DEV_FIRST + KVM_VEC_DEV_COUNT) {
		if (kvm_dev_irq_handler)
			kvm_dev_irq_handler((unsigned int)regs->vector);
		return;
	}
	if (regs->vector >= 32) {
		if (kvm_irq_handler)
			kvm_irq_handler((unsigned int)regs->vector);
		return;
	}

	if (depth++) {
		/* Faulted while dumping: say the least and stop. */
		plat_puts("\nCRASH: nested exception, vector ");
		plat_putdec(regs->vector);
		plat_puts(" at RIP ");
		plat_puthex(regs->rip, 16);
		plat_puts("\n");
		plat_terminate_crash();
	}
	dump(regs);
	plat_terminate_crash();
}
