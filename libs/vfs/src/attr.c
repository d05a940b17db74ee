/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Permission bits and the other small path calls: chmod, fchmod, umask,
 * truncate, realpath. The bits live in the vnode (uk_vnode.mode), which
 * stat() reports, so they need no file-system op; the unikernel is root,
 * so only access() and chdir() look at them.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "vfs.h"

static mode_t mask; /* umask(): 0 at boot */

mode_t umask(mode_t m)
{
	mode_t old = mask;

	mask = m & 0777;
	return old;
}

mode_t vfs_umask(void) { return mask; }

static void set_mode(struct uk_vnode *vn, mode_t mode)
{
	vn->mode = (vn->mode & S_IFMT) | (mode & 07777);
}

int chmod(const char *path, mode_t mode)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *vn;
	int r;

	if (!w)
		return (int)vfs_ret(-ENOMEM);
	r = vfs_walk(w, path, VFS_FOLLOW, &vn);
	if (r == 0)
		set_mode(vn, mode);
	vfs_walk_free(w);
	return (int)vfs_ret(r);
}

int fchmod(int fd, mode_t mode)
{
	struct uk_ofile *of = uk_fd_get(fd);
	int r = 0;

	if (!of)
		return -1;
	if (of->ops != &vfs_fdops)
		r = -EINVAL; /* the console, a socket: nothing to change */
	else
		set_mode(of->priv, mode);
	uk_fd_put(of);
	return (int)vfs_ret(r);
}

int truncate(const char *path, off_t len)
{
	int fd, r;

	if (len < 0)
		return (int)vfs_ret(-EINVAL);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	r = ftruncate(fd, len);
	close(fd);
	return r;
}

char *realpath(const char *restrict path, char *restrict resolved)
{
	struct vfs_walk *w;
	struct uk_vnode *vn;
	size_t n;
	int r;

	if (!path) {
		errno = EINVAL;
		return NULL;
	}
	w = vfs_walk_new();
	if (!w) {
		errno = ENOMEM;
		return NULL;
	}
	r = vfs_walk(w, path, VFS_FOLLOW, &vn);
	if (r == 0 && w->must_dir && !S_ISDIR(vn->mode))
		r = -ENOTDIR;
	if (r == 0 && !resolved && !(resolved = malloc(UK_VFS_PATH_MAX)))
		r = -ENOMEM;
	if (r == 0) {
		n = strlen(w->canon) + 1;
		memcpy(resolved, w->canon, n);
	}
	vfs_walk_free(w);
	if (r < 0) {
		errno = -r;
		return NULL;
	}
	return resolved;
}
