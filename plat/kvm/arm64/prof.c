/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/plat/prof.h on kvm-arm64: the EL1 physical timer (CNTP; the clock
 * and halt use the virtual timer, plat/shared/arm64/gtimer.c) as a
 * periodic tick, its PPI the GIC's only Group 0 interrupt, signalled as
 * FIQ (uk_gic_route_fiq()), and PSTATE.F open while PSTATE.I stays set
 * outside halt. Like x86_64's NMI, the FIQ lands wherever the code runs,
 * and no other interrupt is taken outside ukplat_halt() because of it.
 *
 * When profiling starts, VBAR_EL1 moves to prof_fiq.S's table, whose FIQ
 * entries from EL1 come here and whose other entries are the platform's
 * (an image without ukprof keeps its own table, where an FIQ is the
 * crash dump it always was). The handler walks the frame pointers
 * (../../shared/prof_walk.c, each record checked mapped), re-arms the
 * timer (which lowers its line) and clears the PPI's pending state at
 * the GIC. It never acknowledges (IAR) or ends (EOIR) it: the IRQ path
 * keeps the GIC's acknowledge to itself, a device interrupt that became
 * pending meanwhile cannot be taken by mistake, and the running priority
 * never changes. The tick has the lowest priority, so while a device
 * interrupt is pending outside halt, the GIC signals that one (as IRQ,
 * masked) instead and the tick waits for the next halt.
 */
#include <stddef.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/regs.h>
#include <uk/arch/sysreg.h>
#include <uk/intctlr/gic.h>
#include <uk/plat/prof.h>
#include "../../shared/arm64/gtimer.h"
#include "../../shared/prof_walk.h"

#define CNTP_ENABLE 0x1
/* /timer "interrupts": entry 1 is the non-secure EL1 physical timer */
#define TIMER_PHYS_IDX 1
#define TIMER_PHYS_DEFAULT UK_GIC_PPI(14)

extern char kvm_prof_vectors[];
void kvm_prof_fiq(struct ukarch_regs *regs);

static ukplat_prof_tick_t volatile tick_fn;
static unsigned int tick_depth, tick_intid;
static uint64_t tick_period;

void kvm_prof_fiq(struct ukarch_regs *regs)
{
	uintptr_t pcs[UKPLAT_PROF_MAX_DEPTH];
	/* The walk translates addresses (at s1e1r), which overwrites
	 * PAR_EL1: the interrupted code may be about to read it. */
	uint64_t par = ukarch_sysreg_read(par_el1);
	ukplat_prof_tick_t fn = tick_fn;

	if (fn)
		fn(pcs,
		   plat_prof_walk(regs->elr, regs->x[29], pcs, tick_depth));
	/* fn may have stopped the tick (the buffer is full). */
	if (tick_fn)
		ukarch_sysreg_write(cntp_tval_el0, tick_period);
	else
		ukarch_sysreg_write(cntp_ctl_el0, 0);
	ukarch_isb();
	uk_gic_clear_pending(tick_intid);
	ukarch_sysreg_write(par_el1, par);
}

int ukplat_prof_start(unsigned int hz, unsigned int depth,
		      ukplat_prof_tick_t fn)
{
	uint64_t freq = ukarch_counter_freq();

	if (!fn || !hz || !depth || depth > UKPLAT_PROF_MAX_DEPTH || freq < hz)
		return -22;
	arm64_gtimer_gic_setup(); /* crashes, saying why, without a GIC */
	tick_intid =
		arm64_gtimer_timer_intid(TIMER_PHYS_IDX, TIMER_PHYS_DEFAULT);
	uk_gic_disable(tick_intid);
	if (uk_gic_route_fiq(tick_intid)) {
		tick_intid = 0;
		return -95;
	}
	tick_period = freq / hz;
	tick_depth = depth;
	tick_fn = fn;
	ukarch_sysreg_write(vbar_el1, (uint64_t)(uintptr_t)kvm_prof_vectors);
	ukarch_sysreg_write(cntp_tval_el0, tick_period);
	ukarch_sysreg_write(cntp_ctl_el0, CNTP_ENABLE);
	ukarch_isb();
	uk_gic_enable(tick_intid);
	__asm__ __volatile__("msr daifclr, #1" : : : "memory"); /* F */
	return 0;
}

void ukplat_prof_stop(void)
{
	/* On one CPU a tick runs to its end before this goes on: once
	 * tick_fn is NULL, no call of fn starts. */
	tick_fn = NULL;
	ukarch_sysreg_write(cntp_ctl_el0, 0);
	ukarch_isb();
	if (tick_intid)
		uk_gic_disable(tick_intid);
}
