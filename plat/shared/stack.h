/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * stack.h - the boot stack (main() runs on it) of the platforms that
 * have a STACK_SIZE option (kvm, xen: same meaning, same default), in
 * bytes rounded up to whole pages. Usable from C and assembly.
 */
#ifndef PLAT_SHARED_STACK_H
#define PLAT_SHARED_STACK_H

#include <uk/arch/page.h>

#if defined(CONFIG_PLAT_KVM_STACK_SIZE)
#define PLAT_STACK_OPTION CONFIG_PLAT_KVM_STACK_SIZE
#elif defined(CONFIG_PLAT_XEN_STACK_SIZE)
#define PLAT_STACK_OPTION CONFIG_PLAT_XEN_STACK_SIZE
#else
#define PLAT_STACK_OPTION 65536
#endif

/** Boot stack size in bytes, a multiple of UKARCH_PAGE_SIZE. */
#define PLAT_STACK_SIZE \
	((PLAT_STACK_OPTION + UKARCH_PAGE_SIZE - 1) & ~(UKARCH_PAGE_SIZE - 1))

#endif /* PLAT_SHARED_STACK_H */
