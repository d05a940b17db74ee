/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/cpio.h - a bounds-checked reader of cpio "newc" archives (the
 * initramfs format: `find . | cpio -o -H newc`). Needs only the
 * compiler's freestanding headers and memcmp, so it builds for the host
 * too (tests/host.c).
 *
 * Each member is a 110-byte ASCII header ("070701" or "070702", then 13
 * fields of 8 hex digits), the NUL-terminated name, padding to 4 bytes,
 * the data, padding to 4 bytes. The member named "TRAILER!!!" ends the
 * archive.
 */
#ifndef UK_CPIO_H
#define UK_CPIO_H

#include <stddef.h>

/** Longest member name accepted (bytes, without the NUL). */
#define UK_CPIO_NAME_MAX 1023

/** Errors (negative) of uk_cpio_next(). */
#define UK_CPIO_EMAGIC (-1) /**< a header without the newc magic */
#define UK_CPIO_ETRUNC \
	(-2) /**< the archive ends inside a member, or has no trailer */
#define UK_CPIO_EHEADER (-3) /**< a header field that is not 8 hex digits */
#define UK_CPIO_ENAME (-4)   /**< empty, unterminated or too long a name */
#define UK_CPIO_EDOTDOT (-5) /**< a name with a ".." component */

/** File types in mode (as in st_mode). */
#define UK_CPIO_S_IFMT 0170000
#define UK_CPIO_S_IFDIR 0040000
#define UK_CPIO_S_IFREG 0100000
#define UK_CPIO_S_IFLNK 0120000

/** One member. name points into the archive (NUL-terminated there). */
struct uk_cpio_entry {
	const char *name;    /**< without leading "./" or "/"; "" for the top */
	unsigned long mode;  /**< type and permission bits */
	unsigned long mtime; /**< seconds since the epoch */
	const void *data; /**< contents (a link's target, not NUL-terminated) */
	size_t size;	  /**< bytes of data */
};

/**
 * Read the member at *off (0 first) of the archive buf[0..len): fill e,
 * move *off past it and return 1; return 0 at the trailer, or a negative
 * UK_CPIO_E* (*off then says where the bad member starts).
 */
int uk_cpio_next(const void *buf, size_t len, size_t *off,
		 struct uk_cpio_entry *e);

/** A sentence for a UK_CPIO_E* value. */
const char *uk_cpio_strerror(int err);

#endif /* UK_CPIO_H */
