/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_crash(): reason, CPU state, caller's backtrace, terminate. */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../common/kprint.h"
#include "../common/backtrace.h"

static void reg(const char *name, uint64_t v)
{
	kvm_puts(name);
	kvm_puthex(v, 16);
}

void ukplat_crash(const char *reason)
{
	uint64_t rsp;

	__asm__ __volatile__("movq %%rsp, %0" : "=r"(rsp));
	kvm_puts("\nCRASH: ");
	kvm_puts(reason ? reason : "(no reason)");
	kvm_puts("\n");
	reg("RSP ", rsp);
	reg("  RFLAGS ", ukarch_read_rflags());
	reg("  CR2 ", ukarch_read_cr2());
	reg("\nCR0 ", ukarch_read_cr0());
	reg("  CR3 ", ukarch_read_cr3());
	reg("  CR4 ", ukarch_read_cr4());
	kvm_puts("\n");
	kvm_backtrace((uint64_t)(uintptr_t)__builtin_frame_address(0), 0);
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
