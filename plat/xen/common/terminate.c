/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukplat_terminate() and plat_terminate_crash() (the end of the shared
 * crash code): a final status line, the console drained, the
 * architecture's exit step, then SCHEDOP_shutdown with the reason it
 * chose (poweroff for success and crash for failure in a domU).
 */
#include <uk/plat/shutdown.h>
#include "console.h"
#include "hypercall.h"
#include "../../shared/crash.h"
#include "../../shared/kprint.h"
#include "platform.h"

/* How long the toolstack's console back end gets to read the last lines. */
#define FLUSH_NS 3000000000ULL

bool xen_is_dom0;
bool xen_crashing;

void plat_terminate_crash(void)
{
	xen_crashing = true;
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}

void ukplat_terminate(int status)
{
	static bool terminating;
	uint32_t reason;

	if (!terminating) {
		/* Not again if printing the status line itself crashed. */
		terminating = true;
		plat_putstatus(status, xen_crashing, true);
		xen_console_flush(FLUSH_NS);
	}
	reason = xen_arch_exit(status);
	for (;;) {
		xen_sched_shutdown(reason);
		xen_sched_yield();
	}
}
