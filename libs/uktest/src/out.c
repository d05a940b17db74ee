/* SPDX-License-Identifier: BSD-3-Clause */
/* Result lines built in a bounded buffer and written in one piece. */
#include <uk/plat/console.h>
#include "uktest.h"

void ukt_put_strn(struct ukt_line *l, const char *s, size_t n)
{
	for (; n && *s && l->len < UKT_LINE_MAX; n--)
		l->buf[l->len++] = *s++;
}

void ukt_put_str(struct ukt_line *l, const char *s)
{
	ukt_put_strn(l, s, UKT_LINE_MAX);
}

void ukt_put_dec(struct ukt_line *l, long long v)
{
	char digits[20];
	unsigned long long u =
		v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	int n = 0;

	do {
		digits[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		ukt_put_strn(l, "-", 1);
	while (n)
		ukt_put_strn(l, &digits[--n], 1);
}

void ukt_put_hex8(struct ukt_line *l, unsigned char v)
{
	const char *hex = "0123456789abcdef";

	ukt_put_strn(l, &hex[v >> 4], 1);
	ukt_put_strn(l, &hex[v & 15], 1);
}

void ukt_flush(struct ukt_line *l)
{
	if (l->len == UKT_LINE_MAX)
		l->len--; /* keep room for the newline */
	l->buf[l->len++] = '\n';
	ukplat_coutk(l->buf, l->len);
	l->len = 0;
}
