/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The initrd's place, as a boot loader writes it into /chosen
 * (linux,initrd-start and linux,initrd-end): QEMU -initrd for a Linux
 * Image on arm64, and Xen for dom0 and dom0less domains whose node has a
 * "multiboot,ramdisk" module.
 */
#include "internal.h"

/* A 32- or 64-bit big-endian property of node, or an error. */
static int addr_prop(const void *fdt, int node, const char *name, uint64_t *v)
{
	const uint8_t *p;
	uint32_t len, i;

	p = uk_fdt_getprop(fdt, node, name, &len);
	if (!p)
		return UK_FDT_ERR_NOTFOUND;
	if (len != 4 && len != 8)
		return UK_FDT_ERR_BADVALUE;
	*v = 0;
	for (i = 0; i < len; i++)
		*v = *v << 8 | p[i];
	return 0;
}

int uk_fdt_initrd(const void *fdt, uint64_t *start, uint64_t *end)
{
	int chosen = uk_fdt_path_offset(fdt, "/chosen");
	uint64_t s, e;
	int err;

	if (chosen < 0)
		return chosen;
	if ((err = addr_prop(fdt, chosen, "linux,initrd-start", &s)) ||
	    (err = addr_prop(fdt, chosen, "linux,initrd-end", &e)))
		return err;
	if (e <= s)
		return UK_FDT_ERR_BADVALUE;
	*start = s;
	*end = e;
	return 0;
}
