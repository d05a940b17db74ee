/* SPDX-License-Identifier: BSD-3-Clause */
/* snapfs internals: the snapshot writer and the checksum. */
#ifndef SNAPFS_INTERNAL_H
#define SNAPFS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/** CRC-32 of buf (zlib's). */
uint32_t snapfs_crc32(const void *buf, size_t len);

/** A growing byte buffer. */
struct snapfs_buf {
	char *data;
	size_t len, cap;
};

/**
 * Append the tree under dir (an absolute path) to b as a cpio newc
 * archive with its trailer, names relative to dir. 0 or -errno.
 */
int snapfs_archive(const char *dir, struct snapfs_buf *b);

#endif /* SNAPFS_INTERNAL_H */
