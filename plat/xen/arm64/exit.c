/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The arm64 exit step: nothing to do before SCHEDOP_shutdown. Poweroff
 * for success, crash for failure; for dom0 Xen then powers the machine
 * off (QEMU exits) or, after a crash, restarts it (QEMU exits with
 * -no-reboot).
 */
#include "../common/platform.h"
#include "../common/xen.h"

uint32_t xen_arch_exit(int status)
{
	return status == 0 ? XEN_SHUTDOWN_POWEROFF : XEN_SHUTDOWN_CRASH;
}
