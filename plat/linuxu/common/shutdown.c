/* SPDX-License-Identifier: BSD-3-Clause */
/* Ending the process: normal exit and crash. */
#include <uk/plat/shutdown.h>
#include "../../shared/backtrace.h"
#include "../../shared/crash.h"
#include "../../shared/kprint.h"
#include "linuxu.h"

__attribute__((noreturn)) static void terminate(int status, bool crashed)
{
	static bool terminating;

	if (!terminating) {
		/* Not again if printing the status line itself crashed. */
		terminating = true;
		plat_putstatus(status & 0xff, crashed,
			       linuxu_console_at_line_start());
	}
	linuxu_exit_group(status & 0xff);
}

void ukplat_terminate(int status) { terminate(status, false); }

void plat_terminate_crash(void) { terminate(UKPLAT_STATUS_CRASH, true); }

void ukplat_crash(const char *reason)
{
	const char *end;

	if (!reason || !*reason)
		reason = "(no reason given)";
	for (end = reason; *end; end++)
		;
	plat_puts("CRASH: ");
	plat_puts(reason);
	if (end[-1] != '\n')
		plat_puts("\n");
	plat_backtrace((uint64_t)(uintptr_t)__builtin_frame_address(0), 0);
	plat_terminate_crash();
}
