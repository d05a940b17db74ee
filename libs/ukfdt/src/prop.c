/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading a node's properties: raw, string, u32. */
#include "internal.h"

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

const void *uk_fdt_getprop(const void *fdt, int node, const char *name,
			   uint32_t *len)
{
	struct fdt_tok t;
	int off;

	if (fdt_token(fdt, node, &t) || t.tag != TOK_BEGIN_NODE)
		return NULL;
	/* Properties come first; the first child or END_NODE ends them. */
	for (off = t.next; !fdt_token(fdt, off, &t); off = t.next) {
		if (t.tag == TOK_NOP)
			continue;
		if (t.tag != TOK_PROP)
			return NULL;
		if (streq(t.name, name)) {
			if (len)
				*len = t.len;
			return t.value;
		}
	}
	return NULL;
}

const char *uk_fdt_prop_string(const void *fdt, int node, const char *name)
{
	uint32_t len, i;
	const char *s = uk_fdt_getprop(fdt, node, name, &len);

	if (!s)
		return NULL;
	for (i = 0; i < len; i++)
		if (!s[i])
			return s;
	return NULL; /* not NUL-terminated */
}

int uk_fdt_prop_u32(const void *fdt, int node, const char *name, uint32_t *v)
{
	uint32_t len;
	const void *p = uk_fdt_getprop(fdt, node, name, &len);

	if (!p)
		return UK_FDT_ERR_NOTFOUND;
	if (len != 4)
		return UK_FDT_ERR_BADVALUE;
	*v = fdt_be32(p);
	return 0;
}
