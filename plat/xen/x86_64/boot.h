/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * boot.h - constants and symbols shared by the xen-x86_64 entry code,
 * the linker script and the C bring-up.
 */
#ifndef XEN_X86_64_BOOT_H
#define XEN_X86_64_BOOT_H

#include <uk/arch/page.h>
#include "../../shared/stack.h"

#ifndef __ASSEMBLY__
#include <stdint.h>

/* From the linker script */
extern char __image_start[], __image_end[];

/* From entry.S */
extern char xen_stack_guard[], xen_stack_top[];

struct xen_start_info;

/**
 * C entry, on the boot stack: console, memory, traps, clock, then
 * ukplat_entry(). boot_sp is the stack pointer Xen gave (it marks the
 * end of the bootstrap area). Never returns.
 */
__attribute__((noreturn)) void xen_setup(struct xen_start_info *si,
					 uint64_t boot_sp);
#endif

#endif /* XEN_X86_64_BOOT_H */
