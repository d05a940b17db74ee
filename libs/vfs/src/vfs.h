/* SPDX-License-Identifier: BSD-3-Clause */
/* Internal interfaces of the vfs library: path walks, the file ops. */
#ifndef VFS_INTERNAL_H
#define VFS_INTERNAL_H

#include <uk/fdtab.h>
#include <uk/vfs.h>

/** Walk flags: follow a symbolic link in the last component. */
#define VFS_FOLLOW 1

/** A resolved path: the vnode, or its parent and the last name. */
struct vfs_walk {
	struct uk_vnode *stack[UK_VFS_DEPTH_MAX + 1]; /**< directories walked */
	size_t coff[UK_VFS_DEPTH_MAX + 1]; /**< canon length per depth */
	int depth;			   /**< stack top */
	char canon[UK_VFS_PATH_MAX];	   /**< absolute path of the top */
	char name[UK_VFS_NAME_MAX + 1];	   /**< parent walks: the last name */
	int must_dir;			   /**< the path ended with '/' */
	char buf[2 * UK_VFS_PATH_MAX];	   /**< the path left to walk */
	char link[UK_VFS_PATH_MAX];	   /**< a link's target */
};

/**
 * Resolve path to a vnode (w->stack[w->depth], no reference taken), with
 * VFS_FOLLOW following a link at the end. 0 or a negative errno.
 */
int vfs_walk(struct vfs_walk *w, const char *path, int flags,
	     struct uk_vnode **out);

/**
 * Resolve all but the last component of path: *dir the parent directory,
 * w->name the last name ("" for "/", or "." / ".."). 0 or -errno.
 */
int vfs_walk_parent(struct vfs_walk *w, const char *path,
		    struct uk_vnode **dir);

/** A walk buffer from the heap (it is large); NULL when out of memory. */
struct vfs_walk *vfs_walk_new(void);
/** Free a walk buffer. */
void vfs_walk_free(struct vfs_walk *w);

/** The global root vnode, or NULL before "/" is mounted. */
struct uk_vnode *vfs_root(void);
/** The working directory as an absolute path. */
const char *vfs_cwd(void);

/** The file mode creation mask (umask()), cleared from new files' and directories' modes. */
mode_t vfs_umask(void);

/** Non-zero when name is "", "." or "..". */
int vfs_is_dot(const char *name);

/** Fill st from vn's getattr, with st_dev from its mount. */
int vfs_getattr(struct uk_vnode *vn, struct stat *st);

/** The descriptor ops of VFS files and directories (priv: the vnode). */
extern const struct uk_fdops vfs_fdops;

/** Set errno from a negative result and return -1, or return r. */
long vfs_ret(long r);

#endif /* VFS_INTERNAL_H */
