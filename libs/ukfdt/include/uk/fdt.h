/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/fdt.h - read a flattened device tree (DTB, version 17).
 *
 * Check a blob once with uk_fdt_check(); every other function assumes a
 * checked blob and never reads outside its totalsize, whatever the
 * content. Nodes are named by their offset in the structure block (the
 * root is at a non-negative offset, usually 0); functions return a node
 * offset or value >= 0 on success and a negative UK_FDT_ERR_* code
 * otherwise. Values in the blob are big-endian; results are native.
 */
#ifndef UK_FDT_H
#define UK_FDT_H

#include <stddef.h>
#include <stdint.h>

#define UK_FDT_MAGIC 0xd00dfeedU

/* Error codes (negative return values) */
#define UK_FDT_ERR_NOTFOUND (-1)   /* no such node or property */
#define UK_FDT_ERR_BADMAGIC (-2)   /* not a device tree */
#define UK_FDT_ERR_BADVERSION (-3) /* version other than 17-compatible */
#define UK_FDT_ERR_TRUNCATED (-4)  /* blob larger than the buffer */
#define UK_FDT_ERR_BADLAYOUT (-5)  /* blocks outside the blob or misaligned */
#define UK_FDT_ERR_BADSTRUCT (-6)  /* malformed structure block */
#define UK_FDT_ERR_BADVALUE (-7)   /* property of the wrong size or form */
#define UK_FDT_ERR_BADOFFSET (-8)  /* argument is not a node offset */
#define UK_FDT_ERR_TOODEEP (-9)	   /* nesting deeper than UK_FDT_MAX_DEPTH */

/** Deepest node nesting the reader follows (root is depth 0). */
#define UK_FDT_MAX_DEPTH 32

/**
 * Validate the blob at fdt, of which bufsize bytes are readable: magic,
 * version, block offsets and sizes, the reservation map and the whole
 * structure block (token stream, nesting, names, property names).
 * Returns 0 if the blob is usable, else a UK_FDT_ERR_* code.
 */
int uk_fdt_check(const void *fdt, size_t bufsize);

/** Total size in bytes from the header (of a checked blob). */
uint32_t uk_fdt_totalsize(const void *fdt);

/** A short English description of a UK_FDT_ERR_* code. */
const char *uk_fdt_strerror(int err);

/**
 * The node after node in document order (node < 0: the root). If depth
 * is not NULL it is updated: +1 per level entered, -1 per level left;
 * returns UK_FDT_ERR_NOTFOUND at the end or when *depth drops below 0.
 */
int uk_fdt_next_node(const void *fdt, int node, int *depth);

/** First child of node, or UK_FDT_ERR_NOTFOUND. */
int uk_fdt_first_child(const void *fdt, int node);

/** Next node with the same parent as node, or UK_FDT_ERR_NOTFOUND. */
int uk_fdt_next_sibling(const void *fdt, int node);

/** Parent of node (UK_FDT_ERR_NOTFOUND for the root). */
int uk_fdt_parent(const void *fdt, int node);

/** Name of node with its unit address ("memory@40000000"; "" for the root), or NULL. */
const char *uk_fdt_node_name(const void *fdt, int node);

/**
 * Child of parent named name[0..len): an exact match, or, when the name
 * has no '@', a child whose name is that followed by "@unit-address".
 */
int uk_fdt_subnode(const void *fdt, int parent, const char *name, size_t len);

/** Node at an absolute path such as "/chosen" or "/memory" ("/": root). */
int uk_fdt_path_offset(const void *fdt, const char *path);

/**
 * Value of property name of node and its length in bytes (*len, if not
 * NULL), or NULL if node has no such property.
 */
const void *uk_fdt_getprop(const void *fdt, int node, const char *name,
			   uint32_t *len);

/** A string property (NUL-terminated inside its value), or NULL. */
const char *uk_fdt_prop_string(const void *fdt, int node, const char *name);

/** Read a one-cell (u32) property into *v; 0 or a UK_FDT_ERR_* code. */
int uk_fdt_prop_u32(const void *fdt, int node, const char *name, uint32_t *v);

/**
 * Cell idx (a big-endian u32, counted from 0) of a property into *v: 0,
 * UK_FDT_ERR_NOTFOUND without the property or past its end, or
 * UK_FDT_ERR_BADVALUE when its size is not a whole number of cells.
 */
int uk_fdt_prop_cell(const void *fdt, int node, const char *name,
		     unsigned int idx, uint32_t *v);

/** 1 if compat is one of the strings of node's "compatible", else 0. */
int uk_fdt_node_compatible(const void *fdt, int node, const char *compat);

/**
 * The first node after node in document order (node < 0: from the root)
 * that is compatible with compat, or UK_FDT_ERR_NOTFOUND.
 */
int uk_fdt_find_compatible(const void *fdt, int node, const char *compat);

/**
 * #address-cells and #size-cells that apply to the "reg" of node's
 * children (defaults 2 and 1). Returns 0, or UK_FDT_ERR_BADVALUE when a
 * value is beyond what fits 64 bits (address 1-2 cells, size 0-2).
 */
int uk_fdt_cells(const void *fdt, int node, unsigned int *addr_cells,
		 unsigned int *size_cells);

/**
 * Entry idx of node's "reg", decoded with its parent's cell counts.
 * Returns 0, UK_FDT_ERR_NOTFOUND past the last entry or without "reg",
 * or UK_FDT_ERR_BADVALUE if "reg" is not a whole number of entries.
 */
int uk_fdt_reg(const void *fdt, int node, unsigned int idx, uint64_t *addr,
	       uint64_t *size);

/**
 * RAM range idx, counting every "reg" entry of every memory node (a
 * child of the root named "memory" or "memory@..." or whose
 * device_type is "memory") in document order. Returns 0 or
 * UK_FDT_ERR_NOTFOUND after the last one (or another error code).
 */
int uk_fdt_memory(const void *fdt, unsigned int idx, uint64_t *base,
		  uint64_t *size);

/** The kernel command line, /chosen/bootargs, or NULL if there is none. */
const char *uk_fdt_bootargs(const void *fdt);

/**
 * The initrd the boot loader placed in memory: /chosen linux,initrd-start
 * and linux,initrd-end (each one or two cells), as QEMU -initrd and Xen
 * (a "multiboot,ramdisk" module) write them. Returns 0 with
 * [*start, *end), UK_FDT_ERR_NOTFOUND without one, UK_FDT_ERR_BADVALUE
 * for a property of another size or an end not after the start.
 */
int uk_fdt_initrd(const void *fdt, uint64_t *start, uint64_t *end);

#endif /* UK_FDT_H */
