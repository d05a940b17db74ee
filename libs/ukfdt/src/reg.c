/* SPDX-License-Identifier: BSD-3-Clause */
/* #address-cells / #size-cells and decoding "reg" entries. */
#include "internal.h"

#define DEFAULT_ADDR_CELLS 2
#define DEFAULT_SIZE_CELLS 1

int uk_fdt_cells(const void *fdt, int node, unsigned int *addr_cells,
		 unsigned int *size_cells)
{
	uint32_t ac = DEFAULT_ADDR_CELLS, sc = DEFAULT_SIZE_CELLS;
	int err;

	err = uk_fdt_prop_u32(fdt, node, "#address-cells", &ac);
	if (err && err != UK_FDT_ERR_NOTFOUND)
		return err;
	err = uk_fdt_prop_u32(fdt, node, "#size-cells", &sc);
	if (err && err != UK_FDT_ERR_NOTFOUND)
		return err;
	if (ac < 1 || ac > 2 || sc > 2)
		return UK_FDT_ERR_BADVALUE;
	*addr_cells = ac;
	*size_cells = sc;
	return 0;
}

/* A number of 0-2 big-endian cells at p. */
static uint64_t cells(const uint8_t *p, unsigned int n)
{
	uint64_t v = 0;
	unsigned int i;

	for (i = 0; i < n; i++)
		v = (v << 32) | fdt_be32(p + 4 * i);
	return v;
}

int uk_fdt_reg(const void *fdt, int node, unsigned int idx, uint64_t *addr,
	       uint64_t *size)
{
	unsigned int ac, sc, entry;
	const uint8_t *reg;
	uint32_t len;
	int parent, err;

	reg = uk_fdt_getprop(fdt, node, "reg", &len);
	if (!reg)
		return UK_FDT_ERR_NOTFOUND;
	parent = uk_fdt_parent(fdt, node);
	if (parent < 0)
		return parent == UK_FDT_ERR_NOTFOUND ? UK_FDT_ERR_BADVALUE
						     : parent;
	err = uk_fdt_cells(fdt, parent, &ac, &sc);
	if (err)
		return err;
	entry = 4 * (ac + sc);
	if (len % entry)
		return UK_FDT_ERR_BADVALUE;
	if (idx >= len / entry)
		return UK_FDT_ERR_NOTFOUND;
	reg += (size_t)idx * entry;
	*addr = cells(reg, ac);
	*size = cells(reg + 4 * ac, sc);
	return 0;
}
