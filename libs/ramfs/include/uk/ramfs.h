/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/ramfs.h - a file system in RAM (heap memory), for the vfs library.
 *
 * Regular files, directories and symbolic links; contents grow by
 * doubling on the heap (ENOSPC when it is full, EFBIG past
 * UK_RAMFS_FILE_MAX). With the option ROOT (default on) it is mounted
 * at "/" at boot (uk/init.h, level UK_BOOT_INIT_ROOTFS), so an image
 * with vfs and ramfs has a writable root before main().
 */
#ifndef UK_RAMFS_H
#define UK_RAMFS_H

#include <uk/vfs.h>

/** Largest regular file (bytes). */
#define UK_RAMFS_FILE_MAX (1L << 30)

/** The file-system type: uk_vfs_mount(&uk_ramfs, NULL, "/tmp"). */
extern const struct uk_fstype uk_ramfs;

/**
 * Make fsync() of any file of the ramfs mounted at m call hook(m, arg)
 * (a layer that persists the tree, e.g. snapfs); NULL removes it.
 */
void uk_ramfs_set_sync(struct uk_mount *m,
		       int (*hook)(struct uk_mount *m, void *arg), void *arg);

#endif /* UK_RAMFS_H */
