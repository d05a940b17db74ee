/* SPDX-License-Identifier: BSD-3-Clause */
/* CRC-32 (IEEE 802.3, reflected, as zlib's crc32()). */
#include <stddef.h>
#include <stdint.h>
#include "snapfs.h"

uint32_t snapfs_crc32(const void *buf, size_t len)
{
	static uint32_t table[256];
	const uint8_t *p = buf;
	uint32_t c = 0xffffffffu;
	unsigned int i, k;

	if (!table[1]) {
		for (i = 0; i < 256; i++) {
			c = i;
			for (k = 0; k < 8; k++)
				c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
			table[i] = c;
		}
		c = 0xffffffffu;
	}
	while (len--)
		c = table[(c ^ *p++) & 0xff] ^ (c >> 8);
	return c ^ 0xffffffffu;
}
