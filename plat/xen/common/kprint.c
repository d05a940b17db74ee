/* SPDX-License-Identifier: BSD-3-Clause */
/* Strings and numbers on the console, for platform messages. */
#include <uk/plat/console.h>
#include "kprint.h"

void xen_puts(const char *s)
{
	const char *e = s;

	while (*e)
		e++;
	ukplat_coutk(s, (size_t)(e - s));
}

void xen_putnum(uint64_t v, unsigned int base, unsigned int width)
{
	char out[24];
	char *p = out + sizeof(out);
	unsigned int n = 0;

	if (base != 16) {
		base = 10;
		width = 1;
	}
	width = width < 1 ? 1 : width > 16 ? 16 : width;
	do {
		*--p = "0123456789abcdef"[v % base];
		v /= base;
		n++;
	} while (base == 16 ? n < width : v != 0);
	if (base == 16) {
		*--p = 'x';
		*--p = '0';
	}
	ukplat_coutk(p, (size_t)(out + sizeof(out) - p));
}

void xen_putreg(const char *label, uint64_t v)
{
	xen_puts(label);
	xen_putnum(v, 16, 16);
}
