/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/snapfs.h - a small crash-safe persistent file system on a block
 * device (uk/blkdev.h): a ramfs whose whole tree is written to the disk
 * as one snapshot on every fsync() of a file in it, and read back at
 * mount.
 *
 * Disk layout (512-byte sectors): sectors 0 and 1 are the superblocks of
 * slots 0 and 1; the rest from sector 8 is split into two data slots.
 * A snapshot is a cpio newc archive of the tree (uk/cpio.h). fsync()
 * writes it into the slot the current superblock does not name, flushes,
 * then writes that slot's superblock (generation + 1, length, CRC-32 of
 * the data and of itself) and flushes again. Mount takes the valid
 * superblock of the higher generation whose data matches its CRC, so a
 * power cut at any point leaves the last completed snapshot: what was
 * fsync()ed survives, and the file system always mounts.
 *
 * The cost is the design's limit: each fsync() writes the whole tree,
 * and the tree must fit in memory and in half the disk (-ENOSPC).
 */
#ifndef UK_SNAPFS_H
#define UK_SNAPFS_H

/**
 * Mount the snapfs of block device dev (its name, e.g. "vblk0") at path
 * (an existing directory). A disk without a valid superblock mounts
 * empty and is formatted by the first fsync(). Returns the generation
 * loaded (0: empty), or a negative errno (-ENODEV: no such device,
 * -EIO, -EINVAL: a snapshot that does not unpack, -ENOSPC).
 */
long uk_snapfs_mount(const char *dev, const char *path);

#endif /* UK_SNAPFS_H */
