/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/prof.h on kvm-x86_64: the PIT's channel 0 as a rate generator,
 * IRQ 0's IOAPIC entry in NMI delivery mode, IDT vector 2 pointed at
 * prof_nmi.S. An NMI is taken whatever the interrupt flag says, so the
 * rest of the platform keeps its rule (interrupts only inside halt): no
 * device or timer handler runs outside ukplat_halt() because of the
 * profiler, and the tick needs no EOI. The handler only walks the frame
 * pointers (../../shared/prof_walk.c, each record checked mapped) and
 * hands the addresses to the profiler.
 */
#include <stddef.h>
#include <uk/intctlr/lapic.h>
#include <uk/plat/prof.h>
#include <uk/plat/time.h>
#include "../../shared/prof_walk.h"
#include "cpu.h"
#include "ioapic.h"
#include "madt.h"
#include "pit.h"

#define NMI_VECTOR 2
#define PIT_IRQ 0
#define PIT_GSI 2

void kvm_prof_nmi_entry(void);
void kvm_prof_nmi(struct ukarch_regs *regs);

static ukplat_prof_tick_t tick_fn;
static unsigned int tick_depth;
static uint32_t tick_gsi;

void kvm_prof_nmi(struct ukarch_regs *regs)
{
	uintptr_t pcs[UKPLAT_PROF_MAX_DEPTH];
	ukplat_prof_tick_t fn = tick_fn;

	if (fn)
		fn(pcs, plat_prof_walk(regs->rip, regs->rbp, pcs, tick_depth));
}

int ukplat_prof_start(unsigned int hz, unsigned int depth,
		      ukplat_prof_tick_t fn)
{
	unsigned int flags = 0, count;

	if (!fn || !hz || !depth || depth > UKPLAT_PROF_MAX_DEPTH)
		return -22;
	count = (KVM_PIT_HZ + hz / 2) / hz;
	if (count < 2 || count > 65535)
		return -22;
	/* QEMU's IOAPIC takes ISA IRQ 0 on pin 2 whether or not the MADT
	 * says so (microvm's has no override for it). */
	tick_gsi = kvm_madt_gsi(PIT_IRQ, &flags);
	if (tick_gsi == PIT_IRQ)
		tick_gsi = PIT_GSI;
	if (!kvm_ioapic_has(tick_gsi))
		return -95;
	/* The clock calibrates against the PIT on its first use: before
	 * the PIT becomes the tick. */
	(void)ukplat_monotonic_clock();
	tick_depth = depth;
	tick_fn = fn;
	kvm_idt_set_gate(NMI_VECTOR, (uint64_t)(uintptr_t)kvm_prof_nmi_entry);
	kvm_pit_periodic(count);
	return kvm_ioapic_route_nmi(tick_gsi, uk_lapic_id()) ? -95 : 0;
}

void ukplat_prof_stop(void)
{
	kvm_ioapic_mask(tick_gsi, 1);
	tick_fn = NULL;
}
