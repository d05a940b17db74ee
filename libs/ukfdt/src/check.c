/* SPDX-License-Identifier: BSD-3-Clause */
/* uk_fdt_check(): the header, the block layout and the token stream. */
#include "internal.h"

#define VERSION 17
/* Offsets are ints: keep every position representable. */
#define MAX_TOTALSIZE 0x40000000U

static int check_header(const void *fdt, size_t bufsize)
{
	uint32_t total;

	if (!fdt || bufsize < HDR_LEN)
		return UK_FDT_ERR_TRUNCATED;
	if (fdt_hdr(fdt, HDR_MAGIC) != UK_FDT_MAGIC)
		return UK_FDT_ERR_BADMAGIC;
	if (fdt_hdr(fdt, HDR_VERSION) < VERSION ||
	    fdt_hdr(fdt, HDR_LAST_COMP) > VERSION)
		return UK_FDT_ERR_BADVERSION;
	total = fdt_hdr(fdt, HDR_TOTALSIZE);
	if (total < HDR_LEN || total > MAX_TOTALSIZE)
		return UK_FDT_ERR_BADLAYOUT;
	if (total > bufsize)
		return UK_FDT_ERR_TRUNCATED;
	return 0;
}

/* [off, off + len) lies after the header and inside the blob. */
static int block_ok(uint32_t total, uint32_t off, uint32_t len)
{
	return off >= HDR_LEN && off <= total && len <= total - off;
}

static int check_layout(const void *fdt)
{
	uint32_t total = fdt_hdr(fdt, HDR_TOTALSIZE);
	uint32_t off_struct = fdt_hdr(fdt, HDR_OFF_STRUCT);
	uint32_t size_struct = fdt_hdr(fdt, HDR_SIZE_STRUCT);
	uint32_t off_rsv = fdt_hdr(fdt, HDR_OFF_RSVMAP);
	const uint8_t *e;

	if ((off_struct & 3) || (size_struct & 3) ||
	    !block_ok(total, off_struct, size_struct) ||
	    !block_ok(total, fdt_hdr(fdt, HDR_OFF_STRINGS),
		      fdt_hdr(fdt, HDR_SIZE_STRINGS)))
		return UK_FDT_ERR_BADLAYOUT;
	/* Reservation map: 16-byte entries up to an all-zero one. */
	if ((off_rsv & 7) || !block_ok(total, off_rsv, 0))
		return UK_FDT_ERR_BADLAYOUT;
	for (;; off_rsv += 16) {
		if (!block_ok(total, off_rsv, 16))
			return UK_FDT_ERR_BADLAYOUT;
		e = (const uint8_t *)fdt + off_rsv;
		if (!(fdt_be32(e) | fdt_be32(e + 4) | fdt_be32(e + 8) |
		      fdt_be32(e + 12)))
			return 0;
	}
}

/*
 * One root node, properly nested nodes (properties before children,
 * within UK_FDT_MAX_DEPTH) and an END token after the root, with only
 * NOPs around.
 */
static int check_struct(const void *fdt)
{
	struct fdt_tok t;
	int off, err, depth = 0, seen_root = 0, children = 0;

	for (off = 0;; off = t.next) {
		err = fdt_token(fdt, off, &t);
		if (err)
			return err;
		switch (t.tag) {
		case TOK_BEGIN_NODE:
			if (depth == 0 && seen_root)
				return UK_FDT_ERR_BADSTRUCT;
			if (depth == 0 && t.name[0])
				return UK_FDT_ERR_BADSTRUCT; /* root is "" */
			if (++depth > UK_FDT_MAX_DEPTH)
				return UK_FDT_ERR_TOODEEP;
			seen_root = 1;
			children = 0;
			break;
		case TOK_PROP:
			if (depth == 0 || children)
				return UK_FDT_ERR_BADSTRUCT;
			break;
		case TOK_END_NODE:
			if (depth == 0)
				return UK_FDT_ERR_BADSTRUCT;
			depth--;
			children = 1; /* the parent's properties are over */
			break;
		case TOK_END:
			return depth == 0 && seen_root ? 0
						       : UK_FDT_ERR_BADSTRUCT;
		default: break;
		}
	}
}

int uk_fdt_check(const void *fdt, size_t bufsize)
{
	int err = check_header(fdt, bufsize);

	if (!err)
		err = check_layout(fdt);
	if (!err)
		err = check_struct(fdt);
	return err;
}

uint32_t uk_fdt_totalsize(const void *fdt)
{
	return fdt_hdr(fdt, HDR_TOTALSIZE);
}
