/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_crash(): reason, CPU state we can reach, backtrace, terminate. */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../../shared/backtrace.h"
#include "../../shared/kprint.h"
#include "../common/platform.h"
#include "traps.h"

void ukplat_crash(const char *reason)
{
	uint64_t rsp;

	xen_crashing = true;
	__asm__ __volatile__("movq %%rsp, %0" : "=r"(rsp));
	plat_puts("\nCRASH: ");
	plat_puts(reason ? reason : "(no reason)");
	plat_puts("\n");
	plat_putreg("RSP ", rsp);
	plat_putreg("  RFLAGS ", ukarch_read_rflags());
	plat_puts("\n");
	plat_backtrace((uint64_t)(uintptr_t)__builtin_frame_address(0), 0);
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
