/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs internals: one node per file, directory or link. */
#ifndef RAMFS_INTERNAL_H
#define RAMFS_INTERNAL_H

#include <time.h>
#include <uk/ramfs.h>

/** A file, directory or link; vn.priv points back to it. */
struct ramfs_node {
	struct uk_vnode vn;
	struct ramfs_node
		*parent; /**< containing directory (NULL: root, unlinked) */
	struct ramfs_node *next; /**< next entry of the parent */
	struct ramfs_node
		*children; /**< directories: the entries, in creation order */
	char *name;
	char *data; /**< file contents or link target */
	size_t size, cap;
	ino_t ino;
	struct timespec atim, mtim, ctim;
};

/** A mounted ramfs (uk_mount.priv). */
struct ramfs_mount {
	unsigned long ino; /**< the last inode number given */
	int (*sync)(struct uk_mount *m, void *arg); /**< uk_ramfs_set_sync() */
	void *sync_arg;
};

/** fsync(): the mount's sync hook, if any. */
int ramfs_sync(struct uk_vnode *vn);

/** The vnode ops of every ramfs node. */
extern const struct uk_vnops ramfs_vnops;

/** A new node of mode named name (not linked anywhere); NULL: no memory. */
struct ramfs_node *ramfs_node_new(struct uk_mount *m, const char *name,
				  mode_t mode);
/** Free a node that is no longer in a directory nor referenced. */
void ramfs_node_free(struct ramfs_node *n);
/** The entry name of directory d, or NULL. */
struct ramfs_node *ramfs_find(struct ramfs_node *d, const char *name);
/** Append n to directory d. */
void ramfs_attach(struct ramfs_node *d, struct ramfs_node *n);
/** Take n out of its directory. */
void ramfs_detach(struct ramfs_node *n);
/** Take n out of its directory and free it, or leave that to inactive. */
void ramfs_remove(struct ramfs_node *n);
/** Stamp the modification and change times. */
void ramfs_touch(struct ramfs_node *n);

#endif /* RAMFS_INTERNAL_H */
