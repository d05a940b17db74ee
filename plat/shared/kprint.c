/* SPDX-License-Identifier: BSD-3-Clause */
/* Strings and numbers on the console, for the platform's own messages. */
#include <stddef.h>
#include <uk/plat/console.h>
#include "kprint.h"

PLAT_COLD void plat_puts(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	ukplat_coutk(s, n);
}

PLAT_COLD void plat_puthex(uint64_t v, unsigned int digits)
{
	char buf[18];
	unsigned int i;

	if (digits < 1)
		digits = 1;
	if (digits > 16)
		digits = 16;
	buf[0] = '0';
	buf[1] = 'x';
	for (i = 0; i < digits; i++)
		buf[1 + digits - i] = "0123456789abcdef"[(v >> (4 * i)) & 0xf];
	ukplat_coutk(buf, 2 + digits);
}

PLAT_COLD void plat_putdec(int64_t v)
{
	char buf[20];
	unsigned int i = sizeof(buf);
	uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;

	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	ukplat_coutk(buf + i, sizeof(buf) - i);
}

PLAT_COLD void plat_putreg(const char *name, uint64_t v)
{
	plat_puts(name);
	plat_puthex(v, 16);
}

PLAT_COLD void plat_putstatus(int status, bool crashed, bool at_line_start)
{
	if (!at_line_start)
		plat_puts("\n");
	plat_puts(crashed ? "ukraft: crashed, status "
			  : "ukraft: main returned ");
	plat_putdec(status);
	plat_puts("\n");
}
