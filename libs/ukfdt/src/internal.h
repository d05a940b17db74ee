/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * internal.h - private to ukfdt: the blob layout (header fields and
 * structure tokens from the Devicetree Specification, chapter 5), a
 * big-endian reader and the bounds-checked token reader every walk uses.
 */
#ifndef UKFDT_INTERNAL_H
#define UKFDT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <uk/fdt.h>

/* Header: ten big-endian 32-bit fields */
#define HDR_MAGIC 0
#define HDR_TOTALSIZE 4
#define HDR_OFF_STRUCT 8
#define HDR_OFF_STRINGS 12
#define HDR_OFF_RSVMAP 16
#define HDR_VERSION 20
#define HDR_LAST_COMP 24
#define HDR_BOOT_CPUID 28
#define HDR_SIZE_STRINGS 32
#define HDR_SIZE_STRUCT 36
#define HDR_LEN 40

/* Structure block tokens */
#define TOK_BEGIN_NODE 1
#define TOK_END_NODE 2
#define TOK_PROP 3
#define TOK_NOP 4
#define TOK_END 9

/** The big-endian 32-bit value at p (any alignment). */
static inline uint32_t fdt_be32(const void *p)
{
	const uint8_t *b = p;

	return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) |
	       ((uint32_t)b[2] << 8) | b[3];
}

/** Header field at byte offset off. */
static inline uint32_t fdt_hdr(const void *fdt, unsigned int off)
{
	return fdt_be32((const uint8_t *)fdt + off);
}

/** Start of the structure block. */
static inline const uint8_t *fdt_struct(const void *fdt)
{
	return (const uint8_t *)fdt + fdt_hdr(fdt, HDR_OFF_STRUCT);
}

/** One token of the structure block, as read by fdt_token(). */
struct fdt_tok {
	uint32_t tag;
	int next;	   /**< offset of the following token */
	const char *name;  /**< BEGIN_NODE: node name; PROP: property name */
	const void *value; /**< PROP: value */
	uint32_t len;	   /**< PROP: value length */
};

/**
 * Read the token at structure offset off into *t. Returns 0, or
 * UK_FDT_ERR_BADSTRUCT if it (or its name/value) is out of bounds or its
 * tag unknown, or UK_FDT_ERR_BADOFFSET if off is negative or misaligned.
 */
int fdt_token(const void *fdt, int off, struct fdt_tok *t);

/** Skip NOP tokens from off: offset of the first other token, or an error. */
int fdt_skip_nops(const void *fdt, int off);

#endif /* UKFDT_INTERNAL_H */
