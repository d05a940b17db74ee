/* SPDX-License-Identifier: BSD-3-Clause */
/* The thread pointer on kvm-x86_64: the FS base MSR. */
#include <uk/arch/lcpu.h>
#include <uk/plat/tls.h>

#define MSR_FS_BASE 0xc0000100u

void ukplat_tls_set(uintptr_t tp) { ukarch_wrmsr(MSR_FS_BASE, tp); }
