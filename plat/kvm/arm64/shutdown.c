/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukplat_terminate() and plat_terminate_crash(): status line,
 * semihosting exit, PSCI off, wfi.
 */
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../../shared/crash.h"
#include "../../shared/kprint.h"
#include "pl011.h"
#include "psci.h"
#include "semihost.h"
#include "shutdown.h"

static bool semihosting;

void kvm_arm64_use_semihosting(bool on) { semihosting = on; }

void kvm_arm64_terminate(int status, bool crashed)
{
	static bool terminating;

	ukarch_irq_disable();
	status &= 0xff;
	if (!terminating) {
		/* Once only: not again if this path itself faults. */
		terminating = true;
		plat_putstatus(status, crashed,
			       kvm_arm64_pl011_at_line_start());
		if (semihosting)
			kvm_arm64_semihost_exit(status);
		kvm_arm64_psci_system_off();
	}
	ukarch_halt_forever();
}

void ukplat_terminate(int status) { kvm_arm64_terminate(status, false); }

void plat_terminate_crash(void)
{
	kvm_arm64_terminate(UKPLAT_STATUS_CRASH, true);
}
