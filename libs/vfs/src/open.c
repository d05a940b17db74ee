/* SPDX-License-Identifier: BSD-3-Clause */
/* open() and creat(): resolve or create, check the flags, install an fd. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include "vfs.h"

/* The vnode to open: an existing one, or a new regular file (O_CREAT). */
static int find_or_create(struct vfs_walk *w, const char *path, int flags,
			  mode_t mode, struct uk_vnode **vn)
{
	int excl = (flags & O_CREAT) && (flags & O_EXCL);
	int follow = !(flags & O_NOFOLLOW) && !excl;
	struct uk_vnode *dir;
	int r;

	r = vfs_walk(w, path, follow ? VFS_FOLLOW : 0, vn);
	if (r == 0)
		return excl ? -EEXIST : 0;
	if (r != -ENOENT || !(flags & O_CREAT))
		return r;
	r = vfs_walk_parent(w, path, &dir);
	if (r < 0)
		return r;
	if (vfs_is_dot(w->name) || w->must_dir)
		return -EISDIR;
	if (!dir->ops->create)
		return -EROFS;
	return dir->ops->create(dir, w->name, S_IFREG | (mode & 07777), vn);
}

static int do_open(const char *path, int flags, mode_t mode)
{
	struct vfs_walk *w = vfs_walk_new();
	int acc = flags & O_ACCMODE, r, fd;
	struct uk_vnode *vn = NULL;

	if (!w)
		return -ENOMEM;
	if (acc == O_ACCMODE) {
		r = -EINVAL;
		goto out;
	}
	r = find_or_create(w, path, flags, mode, &vn);
	if (r < 0)
		goto out;
	r = -ELOOP;
	if (S_ISLNK(vn->mode))
		goto out;
	r = -EISDIR;
	if (S_ISDIR(vn->mode) && (acc != O_RDONLY || (flags & O_TRUNC)))
		goto out;
	r = -ENOTDIR;
	if (!S_ISDIR(vn->mode) && ((flags & O_DIRECTORY) || w->must_dir))
		goto out;
	if ((flags & O_TRUNC) && acc != O_RDONLY && S_ISREG(vn->mode)) {
		r = vn->ops->truncate ? vn->ops->truncate(vn, 0) : -EINVAL;
		if (r < 0)
			goto out;
	}
	uk_vnode_ref(vn);
	fd = uk_fd_open(&vfs_fdops, vn,
			flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY));
	if (fd < 0) {
		r = -errno;
		uk_vnode_put(vn);
		goto out;
	}
	r = fd;
out:
	vfs_walk_free(w);
	return r;
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, unsigned int);
		va_end(ap);
	}
	return (int)vfs_ret(do_open(path, flags, mode));
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}
