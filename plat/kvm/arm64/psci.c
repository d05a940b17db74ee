/* SPDX-License-Identifier: BSD-3-Clause */
/* PSCI SYSTEM_OFF over hvc or smc (SMC Calling Convention, 32-bit id). */
#include <stdbool.h>
#include <stdint.h>
#include <uk/fdt.h>
#include "psci.h"

#define PSCI_SYSTEM_OFF 0x84000008U

static bool use_smc;

void kvm_arm64_psci_default(unsigned int boot_el) { use_smc = boot_el >= 2; }

void kvm_arm64_psci_init(const void *fdt)
{
	const char *m = uk_fdt_prop_string(
		fdt, uk_fdt_path_offset(fdt, "/psci"), "method");

	if (m && m[0] == 'h' && m[1] == 'v' && m[2] == 'c' && !m[3])
		use_smc = false;
	else if (m && m[0] == 's' && m[1] == 'm' && m[2] == 'c' && !m[3])
		use_smc = true;
}

void kvm_arm64_psci_system_off(void)
{
	register uint64_t x0 __asm__("x0") = PSCI_SYSTEM_OFF;

	if (use_smc)
		__asm__ __volatile__("smc #0"
				     : "+r"(x0)
				     :
				     : "x1", "x2", "x3", "memory");
	else
		__asm__ __volatile__("hvc #0"
				     : "+r"(x0)
				     :
				     : "x1", "x2", "x3", "memory");
}
