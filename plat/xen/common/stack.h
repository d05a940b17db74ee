/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stack.h - the boot stack size (main() runs on it), from the
 * STACK_SIZE option; usable from C and assembly.
 */
#ifndef XEN_COMMON_STACK_H
#define XEN_COMMON_STACK_H

#ifdef CONFIG_PLAT_XEN_STACK_SIZE
#define XEN_STACK_SIZE CONFIG_PLAT_XEN_STACK_SIZE
#else
#define XEN_STACK_SIZE 65536
#endif

#endif /* XEN_COMMON_STACK_H */
