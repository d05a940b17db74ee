/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukplat_terminate() and plat_terminate_crash(): the status line, then
 * isa-debug-exit, then ACPI power-off, then halt.
 */
#include <stdbool.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "../../shared/crash.h"
#include "../../shared/kprint.h"
#include "acpi.h"
#include "serial.h"

/* QEMU's "-device isa-debug-exit,iobase=0xf4,iosize=4": exits (v<<1)|1 */
#define DEBUG_EXIT_PORT 0xf4

__attribute__((noreturn)) static void terminate(int status, bool crashed)
{
	static bool terminating;

	ukarch_irq_disable();
	if (!terminating) {
		/* Not again if the status line or power-off path crashed. */
		terminating = true;
		plat_putstatus(status & 0xff, crashed,
			       kvm_serial_at_line_start());
		ukarch_outb(DEBUG_EXIT_PORT, (uint8_t)(status & 0xff));
		kvm_acpi_poweroff();
	}
	ukarch_outb(DEBUG_EXIT_PORT, (uint8_t)(status & 0xff));
	for (;;) {
		ukarch_irq_disable();
		ukarch_halt();
	}
}

void ukplat_terminate(int status) { terminate(status, false); }

void plat_terminate_crash(void) { terminate(UKPLAT_STATUS_CRASH, true); }
