/* SPDX-License-Identifier: BSD-3-Clause */
/* Ending the process: normal exit and crash. */
#include <uk/plat/shutdown.h>
#include "linuxu.h"

void ukplat_terminate(int status)
{
	linuxu_exit_group(status & 0xff);
}

void ukplat_crash(const char *reason)
{
	const char *end;

	if (!reason || !*reason)
		reason = "(no reason given)";
	for (end = reason; *end; end++)
		;
	linuxu_puts("CRASH: ");
	linuxu_puts(reason);
	if (end[-1] != '\n')
		linuxu_puts("\n");
	linuxu_backtrace((uintptr_t)__builtin_frame_address(0));
	ukplat_terminate(UKPLAT_STATUS_CRASH);
}
