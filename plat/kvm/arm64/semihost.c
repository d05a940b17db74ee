/* SPDX-License-Identifier: BSD-3-Clause */
/* Semihosting SYS_EXIT_EXTENDED (operation 0x20) on AArch64. */
#include <stdint.h>
#include "semihost.h"

#define SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

void kvm_arm64_semihost_exit(int status)
{
	/* The parameter block: reason, then the exit status. */
	uint64_t block[2] = { ADP_STOPPED_APPLICATION_EXIT, (uint64_t)status };
	register uint64_t x0 __asm__("x0") = SYS_EXIT_EXTENDED;
	register uint64_t x1 __asm__("x1") = (uint64_t)(uintptr_t)block;

	__asm__ __volatile__("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
}
