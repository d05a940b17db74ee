/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_crash(): reason, CPU state, caller's backtrace, terminate. */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../../shared/kprint.h"
#include "../../shared/backtrace.h"
#include "../../shared/crash.h"

void ukplat_crash(const char *reason)
{
	uint64_t rsp;

	__asm__ __volatile__("movq %%rsp, %0" : "=r"(rsp));
	plat_puts("\nCRASH: ");
	plat_puts(reason ? reason : "(no reason)");
	plat_puts("\n");
	plat_putreg("RSP ", rsp);
	plat_putreg("  RFLAGS ", ukarch_read_rflags());
	plat_putreg("  CR2 ", ukarch_read_cr2());
	plat_putreg("\nCR0 ", ukarch_read_cr0());
	plat_putreg("  CR3 ", ukarch_read_cr3());
	plat_putreg("  CR4 ", ukarch_read_cr4());
	plat_puts("\n");
	plat_backtrace((uint64_t)(uintptr_t)__builtin_frame_address(0), 0);
	plat_terminate_crash();
}
