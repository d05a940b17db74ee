/* SPDX-License-Identifier: BSD-3-Clause */
/* open() and creat(): resolve or create, check the flags, install an fd. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "vfs.h"

/*
 * Put into buf the path a dangling link dir/ln names: its target, from
 * the directory holding it (canon, absolute) when the target is relative.
 */
static int link_target(struct uk_vnode *ln, const char *canon, char *buf,
		       size_t size)
{
	size_t clen = strlen(canon);
	ssize_t len;

	if (!ln->ops->readlink)
		return -EINVAL;
	len = ln->ops->readlink(ln, buf + clen + 1, size - clen - 2);
	if (len < 0)
		return (int)len;
	buf[clen + 1 + len] = '\0';
	if (buf[clen + 1] == '/') {
		memmove(buf, buf + clen + 1, (size_t)len + 1);
	} else {
		memcpy(buf, canon, clen);
		buf[clen] = '/';
	}
	return 0;
}

/*
 * The vnode to open: an existing one, or a new regular file (O_CREAT).
 * O_CREAT without O_EXCL through a dangling symbolic link creates the
 * file it names, as POSIX path resolution follows a last-component link.
 */
static int find_or_create(struct vfs_walk *w, const char *path, int flags,
			  mode_t mode, struct uk_vnode **vn)
{
	int excl = (flags & O_CREAT) && (flags & O_EXCL);
	int follow = !(flags & O_NOFOLLOW) && !excl;
	struct uk_vnode *dir, *ln;
	char *buf = NULL;
	int links, r;

	for (links = 0;; links++) {
		r = vfs_walk(w, path, follow ? VFS_FOLLOW : 0, vn);
		if (r == 0) {
			r = excl ? -EEXIST : 0;
			break;
		}
		if (r != -ENOENT || !(flags & O_CREAT))
			break;
		r = vfs_walk_parent(w, path, &dir);
		if (r < 0)
			break;
		r = -EISDIR;
		if (vfs_is_dot(w->name) || w->must_dir)
			break;
		if (follow && dir->ops->lookup &&
		    dir->ops->lookup(dir, w->name, &ln) == 0 &&
		    S_ISLNK(ln->mode)) {
			r = -ELOOP;
			if (links >= UK_VFS_SYMLOOP_MAX)
				break;
			r = -ENOMEM;
			if (!buf && !(buf = malloc(2 * UK_VFS_PATH_MAX)))
				break;
			r = link_target(ln, w->canon, buf, 2 * UK_VFS_PATH_MAX);
			if (r < 0)
				break;
			path = buf;
			continue;
		}
		r = dir->ops->create
			    ? dir->ops->create(
				      dir, w->name,
				      S_IFREG | (mode & 07777 & ~vfs_umask()),
				      vn)
			    : -EROFS;
		break;
	}
	free(buf);
	return r;
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
	/* POSIX.1-2017 open(): EISDIR also for O_CREAT without O_DIRECTORY. */
	r = -EISDIR;
	if (S_ISDIR(vn->mode) &&
	    (acc != O_RDONLY || (flags & O_TRUNC) ||
	     ((flags & O_CREAT) && !(flags & O_DIRECTORY))))
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
