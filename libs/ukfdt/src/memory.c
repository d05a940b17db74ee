/* SPDX-License-Identifier: BSD-3-Clause */
/* The two things a kernel asks first: RAM ranges and the command line. */
#include <stdbool.h>
#include "internal.h"

static bool is_memory_node(const void *fdt, int node)
{
	const char *name = uk_fdt_node_name(fdt, node);
	const char *type = uk_fdt_prop_string(fdt, node, "device_type");
	const char *m = "memory";
	unsigned int i;

	if (type) {
		for (i = 0; m[i] && type[i] == m[i]; i++)
			;
		if (!m[i] && !type[i])
			return true;
	}
	if (!name)
		return false;
	for (i = 0; m[i] && name[i] == m[i]; i++)
		;
	return !m[i] && (name[i] == '\0' || name[i] == '@');
}

int uk_fdt_memory(const void *fdt, unsigned int idx, uint64_t *base,
		  uint64_t *size)
{
	uint64_t a, s;
	unsigned int n;
	int node, err;

	node = uk_fdt_first_child(fdt, uk_fdt_next_node(fdt, -1, NULL));
	for (; node >= 0; node = uk_fdt_next_sibling(fdt, node)) {
		if (!is_memory_node(fdt, node))
			continue;
		for (n = 0;; n++) {
			err = uk_fdt_reg(fdt, node, n, &a, &s);
			if (err == UK_FDT_ERR_NOTFOUND)
				break;
			if (err)
				return err;
			if (idx-- == 0) {
				*base = a;
				*size = s;
				return 0;
			}
		}
	}
	return node;
}

const char *uk_fdt_bootargs(const void *fdt)
{
	int chosen = uk_fdt_path_offset(fdt, "/chosen");

	return chosen < 0 ? NULL : uk_fdt_prop_string(fdt, chosen, "bootargs");
}
