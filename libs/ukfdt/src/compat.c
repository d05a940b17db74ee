/* SPDX-License-Identifier: BSD-3-Clause */
/* Matching nodes by "compatible" and reading single cells of a property. */
#include "internal.h"

int uk_fdt_node_compatible(const void *fdt, int node, const char *compat)
{
	uint32_t len, at = 0;
	const char *list = uk_fdt_getprop(fdt, node, "compatible", &len);

	/* A string list: NUL-terminated strings, one after the other. */
	while (list && at < len) {
		const char *s = list + at;
		uint32_t i = 0;

		while (at + i < len && s[i] && s[i] == compat[i])
			i++;
		if (at + i < len && !s[i] && !compat[i])
			return 1;
		while (at < len && list[at])
			at++;
		at++;
	}
	return 0;
}

int uk_fdt_find_compatible(const void *fdt, int after, const char *compat)
{
	int node = after;

	while ((node = uk_fdt_next_node(fdt, node, NULL)) >= 0)
		if (uk_fdt_node_compatible(fdt, node, compat))
			return node;
	return UK_FDT_ERR_NOTFOUND;
}

int uk_fdt_prop_cell(const void *fdt, int node, const char *name,
		     unsigned int idx, uint32_t *v)
{
	uint32_t len;
	const uint8_t *p = uk_fdt_getprop(fdt, node, name, &len);

	if (!p)
		return UK_FDT_ERR_NOTFOUND;
	if (len % 4)
		return UK_FDT_ERR_BADVALUE;
	if (idx >= len / 4)
		return UK_FDT_ERR_NOTFOUND;
	*v = fdt_be32(p + 4 * idx);
	return 0;
}
