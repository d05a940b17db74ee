/* SPDX-License-Identifier: BSD-3-Clause */
/* ukplat_terminate(): isa-debug-exit, then ACPI power-off, then halt. */
#include <stdbool.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/shutdown.h>
#include "acpi.h"

/* QEMU's "-device isa-debug-exit,iobase=0xf4,iosize=4": exits (v<<1)|1 */
#define DEBUG_EXIT_PORT 0xf4

void ukplat_terminate(int status)
{
	static bool terminating;

	ukarch_irq_disable();
	ukarch_outb(DEBUG_EXIT_PORT, (uint8_t)(status & 0xff));
	if (!terminating) {
		/* Not again if the power-off path itself crashed. */
		terminating = true;
		kvm_acpi_poweroff();
	}
	for (;;) {
		ukarch_irq_disable();
		ukarch_halt();
	}
}
