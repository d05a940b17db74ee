/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * trap.h - the C side of the arm64 exception vectors (vectors.S), shared
 * by kvm-arm64 and xen-arm64, and the crash-dump pieces ukplat_crash()
 * (crash.c) shares with it.
 */
#ifndef PLAT_SHARED_ARM64_TRAP_H
#define PLAT_SHARED_ARM64_TRAP_H

#include <stdbool.h>
#include <uk/arch/regs.h>

/**
 * Called by every vector entry with the saved registers and the entry
 * number (group * 4 + kind; groups: EL1 on SP_EL0, EL1 on SP_EL1, lower
 * EL AArch64, lower EL AArch32; kinds: synchronous, IRQ, FIQ, SError).
 * An IRQ at EL1 goes to the timer code (arm64_gtimer_irq()) and returns;
 * vectors.S then restores regs and returns from the exception.
 * Everything else, an IRQ nobody handles included, is fatal: a crash
 * dump, then plat_terminate_crash() (plat/shared/crash.h).
 */
void arm64_trap(struct ukarch_regs *regs, unsigned long entry);

/**
 * The platform's device interrupts (hook): handle INTID intid,
 * acknowledged at the GIC and not the timer's: run its handlers and end
 * it. False if nothing handles it (the caller crashes, naming it).
 */
bool arm64_plat_irq_dispatch(unsigned int intid);

/** Print "Image at 0x...": where the image runs (addr2line needs it for a PIE). */
void arm64_dump_image_base(void);

#endif /* PLAT_SHARED_ARM64_TRAP_H */
