/* SPDX-License-Identifier: BSD-3-Clause */
/* Exception handler: a readable crash dump, then terminate. */
#include <uk/arch/lcpu.h>
#include <uk/arch/regs.h>
#include <uk/plat/shutdown.h>
#include "../common/kprint.h"
#include "../common/backtrace.h"
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

static void reg(const char *name, uint64_t v)
{
	kvm_puts(name);
	kvm_puthex(v, 16);
}

static void pf_details(uint64_t err, uint64_t cr2)
{
	kvm_puts("Fault address (CR2): ");
	kvm_puthex(cr2, 16);
	kvm_puts(err & X86_PF_P ? "  [protection violation" :
				  "  [page not present");
	kvm_puts(err & X86_PF_I ? ", instruction fetch" :
		 err & X86_PF_W ? ", write" : ", read");
	if (err & X86_PF_U)
		kvm_puts(", user mode");
	if (err & X86_PF_RSVD)
		kvm_puts(", reserved bit set");
	kvm_puts("]\n");
	if (cr2 < KVM_NULL_PAGE_END)
		kvm_puts("Hint: NULL pointer dereference\n");
	if (kvm_mmu_in_guard(cr2))
		kvm_puts("Hint: boot stack overflow (guard page hit)\n");
}

static void dump(const struct ukarch_regs *r)
{
	unsigned int vec = (unsigned int)(r->vector & 31);

	kvm_puts("\nCRASH: ");
	kvm_puts(names[vec]);
	kvm_puts(" (vector ");
	kvm_putdec(r->vector);
	kvm_puts(")\n");
	kvm_puts("Error code: ");
	kvm_puthex(r->error_code, 16);
	kvm_puts("\n");
	if (vec == 14)
		pf_details(r->error_code, ukarch_read_cr2());
	if (vec == 8 && kvm_mmu_in_guard(r->rsp))
		kvm_puts("Hint: boot stack overflow (guard page hit)\n");

	reg("RIP ", r->rip);
	reg("  RSP ", r->rsp);
	reg("  RFLAGS ", r->rflags);
	kvm_puts("\nCS  ");
	kvm_puthex(r->cs, 4);
	kvm_puts("  SS  ");
	kvm_puthex(r->ss, 4);
	kvm_puts("\n");
	reg("RAX ", r->rax);
	reg("  RBX ", r->rbx);
	reg("  RCX ", r->rcx);
	reg("\nRDX ", r->rdx);
	reg("  RSI ", r->rsi);
	reg("  RDI ", r->rdi);
	reg("\nRBP ", r->rbp);
	reg("  R8  ", r->r8);
	reg("  R9  ", r->r9);
	reg("\nR10 ", r->r10);
	reg("  R11 ", r->r11);
	reg("  R12 ", r->r12);
	reg("\nR13 ", r->r13);
	reg("  R14 ", r->r14);
	reg("  R15 ", r->r15);
	reg("\nCR0 ", ukarch_read_cr0());
	reg("  CR3 ", ukarch_read_cr3());
	reg("  CR4 ", ukarch_read_cr4());
	kvm_puts("\n");
	kvm_backtrace(r->rbp, r->rip);
}

void kvm_trap_handler(struct ukarch_regs *regs)
{
	static volatile unsigned int depth;

	if (regs->vector >= 32) {
		if (kvm_irq_handler)
			kvm_irq_handler((unsigned int)regs->vector);
		return;
	}

	if (depth++) {
		/* Faulted while dumping: say the least and stop. */
		kvm_puts("\nCRASH: nested exception, vector ");
		kvm_putdec(regs->vector);
		kvm_puts(" at RIP ");
		kvm_puthex(regs->rip, 16);
		kvm_puts("\n");
		ukplat_terminate(UKPLAT_STATUS_CRASH);
	}
	dump(regs);
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
