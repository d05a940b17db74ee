/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_crash() on arm64: reason, CPU state, caller's backtrace, end. */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../backtrace.h"
#include "../crash.h"
#include "../kprint.h"
#include "trap.h"

void ukplat_crash(const char *reason)
{
	uint64_t sp;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	plat_puts("\nCRASH: ");
	plat_puts(reason ? reason : "(no reason)");
	plat_puts("\n");
	plat_putreg("SP   ", sp);
	plat_putreg("  FP   ", (uint64_t)(uintptr_t)__builtin_frame_address(0));
	plat_putreg("  LR   ",
		    (uint64_t)(uintptr_t)__builtin_return_address(0));
	plat_putreg("\nDAIF ", ukarch_read_daif());
	plat_putreg("  SCTLR ", ukarch_sysreg_read(sctlr_el1));
	plat_puts("\n");
	arm64_dump_image_base();
	plat_backtrace((uint64_t)(uintptr_t)__builtin_frame_address(0), 0);
	plat_terminate_crash();
}
