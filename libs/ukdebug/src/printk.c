/* SPDX-License-Identifier: BSD-3-Clause */
/* uk_printk: level-filtered, prefixed messages on the console. */
#include <stdio.h>
#include <uk/ukdebug.h>

static const char *const prefixes[] = {
	[UK_PRINT_CRIT] = "[crit] ",   [UK_PRINT_ERR] = "[err] ",
	[UK_PRINT_WARN] = "[warn] ",   [UK_PRINT_INFO] = "[info] ",
	[UK_PRINT_DEBUG] = "[debug] ",
};

void uk_vprintk(int level, const char *fmt, va_list ap)
{
	if (level > UK_LOGLEVEL)
		return;
	if (level < UK_PRINT_CRIT)
		level = UK_PRINT_CRIT;
	fputs(prefixes[level], stderr);
	vfprintf(stderr, fmt, ap);
}

void uk_printk(int level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	uk_vprintk(level, fmt, ap);
	va_end(ap);
}
