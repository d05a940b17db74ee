/* SPDX-License-Identifier: BSD-3-Clause */
/* IPv4 dotted quads (uk/inet4.h). */
#include <uk/inet4.h>

int uk_inet4_parse(const char *s, uint8_t ip[4])
{
	unsigned int i, v, digits;

	for (i = 0; i < 4; i++) {
		for (v = 0, digits = 0; *s >= '0' && *s <= '9' && digits < 4;
		     s++, digits++)
			v = v * 10 + (unsigned int)(*s - '0');
		if (!digits || digits > 3 || v > 255)
			return -1;
		ip[i] = (uint8_t)v;
		if (i < 3 && *s++ != '.')
			return -1;
	}
	return *s ? -1 : 0;
}
