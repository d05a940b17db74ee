/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/blkdev.h - block devices: disks read and written in 512-byte
 * sectors, synchronously (the call returns when the device is done).
 *
 * A driver (virtio-blk) fills a struct uk_blkdev and registers it from
 * its probe; users find devices with uk_blkdev_count()/uk_blkdev_get(),
 * which bind the drivers first (uk_dev_init()). The checked calls
 * uk_blkdev_read/write/flush refuse requests past the end (-EINVAL) and
 * writes to read-only devices (-EROFS); the driver's ops see only valid
 * requests. One thread at a time per device.
 */
#ifndef UK_BLKDEV_H
#define UK_BLKDEV_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Bytes per sector of every call. */
#define UK_BLKDEV_SECTOR 512
/** Most devices registered at once. */
#define UK_BLKDEV_MAX 8

struct uk_blkdev;

/** What a driver does; each returns 0 or a negative errno (-EIO, ...). */
struct uk_blkdev_ops {
	/** Read count sectors from sector into buf. */
	int (*read)(struct uk_blkdev *bd, uint64_t sector, void *buf,
		    uint32_t count);
	/** Write count sectors at sector from buf. */
	int (*write)(struct uk_blkdev *bd, uint64_t sector, const void *buf,
		     uint32_t count);
	/** Make written sectors durable (NULL: the device has no cache). */
	int (*flush)(struct uk_blkdev *bd);
};

/** A block device. */
struct uk_blkdev {
	const struct uk_blkdev_ops *ops;
	char name[16];	  /**< "vblk0", ... */
	uint64_t sectors; /**< capacity in 512-byte sectors */
	bool readonly;
	void *priv; /**< the driver's */
};

/** For drivers: add bd (ops, name, sectors filled). 0, or -ENOMEM when full. */
int uk_blkdev_register(struct uk_blkdev *bd);

/** The number of block devices (binding the drivers first). */
unsigned int uk_blkdev_count(void);
/** Device i in the order registered, or NULL. */
struct uk_blkdev *uk_blkdev_get(unsigned int i);

/** Read count sectors at sector into buf. 0, -EINVAL (past the end), or the driver's error. */
int uk_blkdev_read(struct uk_blkdev *bd, uint64_t sector, void *buf,
		   uint32_t count);
/** Write count sectors at sector. 0, -EINVAL, -EROFS, or the driver's error. */
int uk_blkdev_write(struct uk_blkdev *bd, uint64_t sector, const void *buf,
		    uint32_t count);
/** Flush the device's write cache. 0 or the driver's error. */
int uk_blkdev_flush(struct uk_blkdev *bd);

#ifdef __cplusplus
}
#endif

#endif /* UK_BLKDEV_H */
