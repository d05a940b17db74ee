/* SPDX-License-Identifier: BSD-3-Clause */
/* uk_panic: format a message and crash through the platform. */
#include <stdio.h>
#include <uk/plat/shutdown.h>
#include <uk/ukdebug.h>

void uk_vpanic(const char *fmt, va_list ap)
{
	static char msg[256];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	ukplat_crash(msg);
}

void uk_panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	uk_vpanic(fmt, ap);
}
