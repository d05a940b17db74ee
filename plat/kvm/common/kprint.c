/* SPDX-License-Identifier: BSD-3-Clause */
/* Minimal console printing: strings, hex and decimal numbers. */
#include <stddef.h>
#include <uk/plat/console.h>
#include "kprint.h"

void kvm_puts(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	ukplat_coutk(s, n);
}

void kvm_puthex(uint64_t v, unsigned int digits)
{
	static const char hex[] = "0123456789abcdef";
	char buf[18];
	unsigned int i;

	if (digits < 1)
		digits = 1;
	if (digits > 16)
		digits = 16;
	buf[0] = '0';
	buf[1] = 'x';
	for (i = 0; i < digits; i++)
		buf[2 + digits - 1 - i] = hex[(v >> (4 * i)) & 0xf];
	ukplat_coutk(buf, 2 + digits);
}

void kvm_putreg(const char *name, uint64_t v)
{
	kvm_puts(name);
	kvm_puthex(v, 16);
}

void kvm_putdec(uint64_t v)
{
	char buf[20];
	unsigned int i = sizeof(buf);

	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	ukplat_coutk(buf + i, sizeof(buf) - i);
}
