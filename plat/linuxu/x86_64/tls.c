/* SPDX-License-Identifier: BSD-3-Clause */
/* The thread pointer on linuxu-x86_64: FS base through arch_prctl. */
#include <uk/plat/shutdown.h>
#include <uk/plat/tls.h>
#include "syscall.h"

#define SYS_arch_prctl 158
#define ARCH_SET_FS 0x1002

void ukplat_tls_set(uintptr_t tp)
{
	if (linuxu_syscall6(SYS_arch_prctl, ARCH_SET_FS, (long)tp, 0, 0, 0, 0) <
	    0)
		ukplat_crash("linuxu: arch_prctl(ARCH_SET_FS) failed");
}
