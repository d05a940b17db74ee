/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_crash(): reason, CPU state, caller's backtrace, terminate. */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../common/backtrace.h"
#include "../common/kprint.h"
#include "shutdown.h"

void ukplat_crash(const char *reason)
{
	uint64_t sp;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	kvm_puts("\nCRASH: ");
	kvm_puts(reason ? reason : "(no reason)");
	kvm_puts("\n");
	kvm_putreg("SP   ", sp);
	kvm_putreg("  FP   ", (uint64_t)(uintptr_t)__builtin_frame_address(0));
	kvm_putreg("  LR   ", (uint64_t)(uintptr_t)__builtin_return_address(0));
	kvm_putreg("\nDAIF ", ukarch_read_daif());
	kvm_putreg("  SCTLR ", ukarch_sysreg_read(sctlr_el1));
	kvm_puts("\n");
	kvm_backtrace((uint64_t)(uintptr_t)__builtin_frame_address(0), 0);
	kvm_arm64_terminate(UKPLAT_STATUS_CRASH, true);
}
