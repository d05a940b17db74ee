/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * traps.h - CPU exceptions of the PV guest: the trap table handed to
 * Xen and the handler its stubs (traps.S) call. Every exception is
 * fatal: a crash dump, then ukplat_terminate(UKPLAT_STATUS_CRASH).
 */
#ifndef XEN_X86_64_TRAPS_H
#define XEN_X86_64_TRAPS_H

#include <uk/arch/regs.h>

/** Register the trap table with Xen (set_trap_table). */
void xen_traps_init(void);

/** Called by the stubs with the saved registers. Never returns. */
__attribute__((noreturn)) void xen_trap_handler(struct ukarch_regs *regs);

#endif /* XEN_X86_64_TRAPS_H */
