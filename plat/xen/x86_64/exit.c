/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The x86_64 exit step. dom0 under QEMU (the test set-up): with I/O
 * privilege from PHYSDEVOP_set_iopl, write the status to isa-debug-exit
 * (port 0xf4; QEMU exits (v << 1) | 1), then reboot, which ends QEMU
 * run with -no-reboot (a powered-off Xen would idle forever). Before
 * that, dom0 gives Xen DRAIN_NS to send what it still buffers for the
 * serial line (its console_io writes are asynchronous): QEMU exits at
 * the port write, and on a loaded machine the last kilobytes, or all of
 * a short run's output, were lost with it. A domU
 * asks for poweroff on success and crash on failure, so the toolstack
 * sees which.
 */
#include <uk/arch/io.h>
#include <uk/plat/time.h>
#include "../common/hypercall.h"
#include "../common/platform.h"

#define DEBUG_EXIT_PORT 0xf4
#define DRAIN_NS 500000000ULL
#define DRAIN_YIELDS 200000UL

/* Let Xen's serial transmit (interrupt driven) run for DRAIN_NS (and
 * at most DRAIN_YIELDS hypercalls, should the clock not run). */
static void drain_console(void)
{
	uint64_t t0 = ukplat_monotonic_clock();
	unsigned long n;

	for (n = 0;
	     n < DRAIN_YIELDS && ukplat_monotonic_clock() - t0 < DRAIN_NS; n++)
		xen_sched_yield();
}

uint32_t xen_arch_exit(int status)
{
	if (xen_is_dom0) {
		struct xen_physdev_set_iopl iopl = { .iopl = 1 };

		drain_console();
		if (xen_hypercall(XEN_HC_PHYSDEV_OP, XEN_PHYSDEVOP_SET_IOPL,
				  (uint64_t)(uintptr_t)&iopl, 0, 0, 0) == 0)
			ukarch_outb(DEBUG_EXIT_PORT, (uint8_t)(status & 0xff));
		return XEN_SHUTDOWN_REBOOT;
	}
	return status == 0 ? XEN_SHUTDOWN_POWEROFF : XEN_SHUTDOWN_CRASH;
}
