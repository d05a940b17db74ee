/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reading registers out of a signal ucontext on arm64 Linux
 * (arch/arm64/include/uapi/asm/ucontext.h and sigcontext.h): the
 * 1024-bit signal mask area, then a 16-byte aligned struct sigcontext
 * with the fault address, x0-x30, sp, pc and pstate.
 */
#include <stddef.h>
#include "../common/linuxu.h"

struct arm64_sigcontext {
	unsigned long fault_address;
	unsigned long regs[31];
	unsigned long sp;
	unsigned long pc;
	unsigned long pstate;
};

struct arm64_ucontext {
	unsigned long flags;
	void *link;
	struct linuxu_stack stack;
	unsigned long sigmask;
	unsigned char sigmask_rest[1024 / 8 - sizeof(unsigned long)];
	struct arm64_sigcontext mcontext __attribute__((aligned(16)));
};

_Static_assert(offsetof(struct arm64_ucontext, mcontext) == 176,
	       "uc_mcontext must be at offset 176 on arm64 Linux");

const char *const linuxu_reg_names[3] = { "PC ", "SP ", "FP " };

void linuxu_ucontext_regs(const void *ucontext, struct linuxu_regs *regs)
{
	const struct arm64_ucontext *uc = ucontext;

	regs->pc = uc->mcontext.pc;
	regs->sp = uc->mcontext.sp;
	regs->fp = uc->mcontext.regs[29];
}
