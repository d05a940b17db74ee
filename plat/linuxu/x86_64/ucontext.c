/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading registers out of a signal ucontext on x86_64 Linux. */
#include "../common/linuxu.h"

/* Order of the general registers in the kernel's struct sigcontext. */
enum {
	R8,
	R9,
	R10,
	R11,
	R12,
	R13,
	R14,
	R15,
	RDI,
	RSI,
	RBP,
	RBX,
	RDX,
	RAX,
	RCX,
	RSP,
	RIP,
	EFLAGS,
	CSGSFS,
	ERR,
	TRAPNO,
	OLDMASK,
	CR2,
	NGREGS
};

struct x86_64_ucontext {
	unsigned long flags;
	void *link;
	struct linuxu_stack stack;
	unsigned long gregs[NGREGS]; /* uc_mcontext starts here */
};

const char *const linuxu_reg_names[3] = { "RIP ", "RSP ", "RBP " };

void linuxu_ucontext_regs(const void *ucontext, struct linuxu_regs *regs)
{
	const struct x86_64_ucontext *uc = ucontext;

	regs->pc = uc->gregs[RIP];
	regs->sp = uc->gregs[RSP];
	regs->fp = uc->gregs[RBP];
}
