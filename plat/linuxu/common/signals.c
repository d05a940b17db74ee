/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Fault handlers: SIGSEGV, SIGILL, SIGFPE and SIGBUS print the signal,
 * the fault address, pc/sp/fp of the faulting context (named as the
 * architecture names them: RIP/RSP/RBP, PC/SP/FP) and
 * a backtrace, then exit with UKPLAT_STATUS_CRASH. They run on an
 * alternate stack so that stack overflows are reported too, and a fault
 * inside the handler itself exits at once.
 */
#include <uk/plat/shutdown.h>
#include "../../shared/backtrace.h"
#include "../../shared/crash.h"
#include "../../shared/guard.h"
#include "../../shared/kprint.h"
#include "linuxu.h"

#define ALTSTACK_SIZE (64 * 1024)

static char altstack[ALTSTACK_SIZE] __attribute__((aligned(16)));
static volatile int in_fault;

static const char *signal_name(int sig)
{
	switch (sig) {
	case LINUXU_SIGSEGV: return "SIGSEGV";
	case LINUXU_SIGILL: return "SIGILL";
	case LINUXU_SIGFPE: return "SIGFPE";
	case LINUXU_SIGBUS: return "SIGBUS";
	default: return "signal";
	}
}

/*
 * What an access-rights SIGSEGV (code SEGV_ACCERR) broke. Everything the
 * process maps is readable except guard pages, so: a guard page is a
 * stack overflow, a fault at the pc an execute, anything else a write.
 */
static void violation(int sig, const struct linuxu_siginfo *si, uintptr_t pc)
{
	uintptr_t a = (uintptr_t)si->addr;

	if (sig != LINUXU_SIGSEGV || si->code != LINUXU_SEGV_ACCERR)
		return;
	if (plat_guard_overlaps(a, 1))
		plat_puts("Hint: thread stack overflow (guard page hit)\n");
	else if (a == pc)
		plat_puts("Violation: execute of non-executable memory\n");
	else
		plat_puts("Violation: write to read-only memory\n");
}

static void on_fault(int sig, struct linuxu_siginfo *si, void *ucontext)
{
	struct linuxu_regs regs;

	if (in_fault) {
		plat_puts("CRASH: fault in the fault handler\n");
		linuxu_exit_group(UKPLAT_STATUS_CRASH);
	}
	in_fault = 1;

	linuxu_ucontext_regs(ucontext, &regs);
	plat_puts("CRASH: ");
	plat_puts(signal_name(sig));
	plat_puts(" (signal ");
	plat_putdec(sig);
	plat_puts(", code ");
	plat_putdec(si->code);
	plat_puts(") at address ");
	plat_puthex((uintptr_t)si->addr, 16);
	plat_puts("\n");
	violation(sig, si, regs.pc);
	plat_puts("  ");
	plat_putreg(linuxu_reg_names[0], regs.pc);
	plat_puts("  ");
	plat_putreg(linuxu_reg_names[1], regs.sp);
	plat_puts("  ");
	plat_putreg(linuxu_reg_names[2], regs.fp);
	plat_puts("\n");
	plat_backtrace(regs.fp, regs.pc);
	plat_terminate_crash();
}

void linuxu_signals_init(void)
{
	static const int sigs[] = { LINUXU_SIGSEGV, LINUXU_SIGILL,
				    LINUXU_SIGFPE, LINUXU_SIGBUS };
	const struct linuxu_stack ss = { .sp = altstack,
					 .flags = 0,
					 .size = sizeof(altstack) };
	const struct linuxu_sigaction sa = {
		.handler = (void *)on_fault,
		/* NODEFER: a fault inside on_fault re-enters it (see in_fault)
		 * instead of killing the process with a blocked signal. */
		.flags = LINUXU_SA_SIGINFO | LINUXU_SA_RESTORER |
			 LINUXU_SA_ONSTACK | LINUXU_SA_NODEFER,
		.restorer = linuxu_sigrestorer,
		.mask = 0,
	};
	unsigned int i;

	if (linuxu_sigaltstack(&ss, NULL) < 0)
		plat_puts("linuxu: sigaltstack failed\n");
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		if (linuxu_rt_sigaction(sigs[i], &sa, NULL) < 0)
			plat_puts("linuxu: rt_sigaction failed\n");
	}
}
