/* SPDX-License-Identifier: BSD-3-Clause */
/* The bounds-checked reader of structure-block tokens. */
#include "internal.h"

/* Length of the NUL-terminated string at s, if it ends before max bytes. */
static int bounded_strlen(const char *s, uint32_t max, uint32_t *len)
{
	uint32_t i;

	for (i = 0; i < max; i++) {
		if (!s[i]) {
			*len = i;
			return 0;
		}
	}
	return UK_FDT_ERR_BADSTRUCT;
}

static uint32_t align4(uint32_t v) { return (v + 3) & ~3U; }

int fdt_token(const void *fdt, int off, struct fdt_tok *t)
{
	uint32_t size = fdt_hdr(fdt, HDR_SIZE_STRUCT);
	uint32_t strsize = fdt_hdr(fdt, HDR_SIZE_STRINGS);
	const uint8_t *base = fdt_struct(fdt);
	const char *strings = (const char *)fdt + fdt_hdr(fdt, HDR_OFF_STRINGS);
	uint32_t o = (uint32_t)off, n, nameoff;

	if (off < 0 || (o & 3))
		return UK_FDT_ERR_BADOFFSET;
	if (size < 4 || o > size - 4)
		return UK_FDT_ERR_BADSTRUCT;
	t->tag = fdt_be32(base + o);
	t->name = NULL;
	t->value = NULL;
	t->len = 0;
	o += 4;
	switch (t->tag) {
	case TOK_BEGIN_NODE:
		t->name = (const char *)base + o;
		if (bounded_strlen(t->name, size - o, &n))
			return UK_FDT_ERR_BADSTRUCT;
		o = align4(o + n + 1);
		break;
	case TOK_PROP:
		if (size - o < 8)
			return UK_FDT_ERR_BADSTRUCT;
		t->len = fdt_be32(base + o);
		nameoff = fdt_be32(base + o + 4);
		o += 8;
		if (t->len > size - o)
			return UK_FDT_ERR_BADSTRUCT;
		t->value = base + o;
		if (nameoff >= strsize)
			return UK_FDT_ERR_BADSTRUCT;
		t->name = strings + nameoff;
		if (bounded_strlen(t->name, strsize - nameoff, &n))
			return UK_FDT_ERR_BADSTRUCT;
		o = align4(o + t->len);
		break;
	case TOK_END_NODE:
	case TOK_NOP:
	case TOK_END: break;
	default: return UK_FDT_ERR_BADSTRUCT;
	}
	if (o > size || o > (uint32_t)INT32_MAX)
		return UK_FDT_ERR_BADSTRUCT;
	t->next = (int)o;
	return 0;
}

int fdt_skip_nops(const void *fdt, int off)
{
	struct fdt_tok t;
	int err;

	for (;;) {
		err = fdt_token(fdt, off, &t);
		if (err)
			return err;
		if (t.tag != TOK_NOP)
			return off;
		off = t.next;
	}
}
