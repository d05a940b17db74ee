/* SPDX-License-Identifier: BSD-3-Clause */
/* Walking nodes in document order: next, first child, sibling, parent. */
#include "internal.h"

/* The BEGIN_NODE token at node, or an error. */
static int node_token(const void *fdt, int node, struct fdt_tok *t)
{
	int err = fdt_token(fdt, node, t);

	if (err)
		return err;
	return t->tag == TOK_BEGIN_NODE ? 0 : UK_FDT_ERR_BADOFFSET;
}

int uk_fdt_next_node(const void *fdt, int node, int *depth)
{
	struct fdt_tok t;
	int off = 0, err;

	if (node >= 0) {
		err = node_token(fdt, node, &t);
		if (err)
			return err;
		off = t.next;
	}
	for (;; off = t.next) {
		err = fdt_token(fdt, off, &t);
		if (err)
			return err;
		switch (t.tag) {
		case TOK_BEGIN_NODE:
			if (depth && node >= 0)
				(*depth)++;
			return off;
		case TOK_END_NODE:
			if (depth && --(*depth) < 0)
				return UK_FDT_ERR_NOTFOUND;
			break;
		case TOK_END: return UK_FDT_ERR_NOTFOUND;
		default: break;
		}
	}
}

int uk_fdt_first_child(const void *fdt, int node)
{
	int depth = 0;
	int off = uk_fdt_next_node(fdt, node < 0 ? 0 : node, &depth);

	if (off < 0)
		return off;
	return depth == 1 ? off : UK_FDT_ERR_NOTFOUND;
}

int uk_fdt_next_sibling(const void *fdt, int node)
{
	int depth = 1;

	do {
		node = uk_fdt_next_node(fdt, node, &depth);
		if (node < 0)
			return node;
		if (depth < 1)
			return UK_FDT_ERR_NOTFOUND;
	} while (depth > 1);
	return node;
}

int uk_fdt_parent(const void *fdt, int node)
{
	int stack[UK_FDT_MAX_DEPTH + 1];
	int off, depth = 0;

	off = uk_fdt_next_node(fdt, -1, NULL); /* the root */
	if (off < 0)
		return off;
	stack[0] = off;
	while (off != node) {
		off = uk_fdt_next_node(fdt, off, &depth);
		if (off < 0)
			return off == UK_FDT_ERR_NOTFOUND ? UK_FDT_ERR_BADOFFSET
							  : off;
		if (depth > UK_FDT_MAX_DEPTH)
			return UK_FDT_ERR_TOODEEP;
		stack[depth] = off;
	}
	return depth > 0 ? stack[depth - 1] : UK_FDT_ERR_NOTFOUND;
}

const char *uk_fdt_node_name(const void *fdt, int node)
{
	struct fdt_tok t;

	return node_token(fdt, node, &t) ? NULL : t.name;
}
