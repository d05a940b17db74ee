/* SPDX-License-Identifier: BSD-3-Clause */
/* Minimal output helpers for crash reports (no libc on this path). */
#include <uk/plat/console.h>
#include "linuxu.h"

void linuxu_puts(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	ukplat_coutk(s, n);
}

void linuxu_puthex(uintptr_t v)
{
	char buf[2 + 2 * sizeof(v)];
	int i;

	buf[0] = '0';
	buf[1] = 'x';
	for (i = (int)sizeof(buf) - 1; i >= 2; i--, v >>= 4)
		buf[i] = "0123456789abcdef"[v & 0xf];
	ukplat_coutk(buf, sizeof(buf));
}

void linuxu_putdec(long v)
{
	char buf[21];
	char *p = buf + sizeof(buf);
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	ukplat_coutk(p, (size_t)(buf + sizeof(buf) - p));
}
