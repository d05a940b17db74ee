/* SPDX-License-Identifier: BSD-3-Clause */
/* Finding nodes by name and by absolute path. */
#include <stdbool.h>
#include "internal.h"

/* name is name[0..len) exactly, or that plus "@unit" if it has no '@'. */
static bool name_matches(const char *node, const char *name, size_t len)
{
	bool has_unit = false;
	size_t i;

	for (i = 0; i < len; i++) {
		if (node[i] != name[i])
			return false; /* also stops at node's NUL */
		if (name[i] == '@')
			has_unit = true;
	}
	return node[len] == '\0' || (!has_unit && node[len] == '@');
}

int uk_fdt_subnode(const void *fdt, int parent, const char *name, size_t len)
{
	const char *n;
	int child;

	for (child = uk_fdt_first_child(fdt, parent); child >= 0;
	     child = uk_fdt_next_sibling(fdt, child)) {
		n = uk_fdt_node_name(fdt, child);
		if (n && name_matches(n, name, len))
			return child;
	}
	return child;
}

int uk_fdt_path_offset(const void *fdt, const char *path)
{
	const char *end;
	int node;

	if (!path || path[0] != '/')
		return UK_FDT_ERR_NOTFOUND;
	node = uk_fdt_next_node(fdt, -1, NULL);
	while (node >= 0) {
		while (*path == '/')
			path++;
		if (!*path)
			return node;
		for (end = path; *end && *end != '/'; end++)
			;
		node = uk_fdt_subnode(fdt, node, path, (size_t)(end - path));
		path = end;
	}
	return node;
}
