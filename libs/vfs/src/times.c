/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * utimes(): the path is resolved as POSIX says (ENOENT, ENOTDIR, ELOOP,
 * ENAMETOOLONG), the times are checked (EINVAL), and then the call fails
 * with ENOSYS: no file system of the VFS library has an operation that
 * sets a file's times (they keep their own), so none can be set.
 */
#include <errno.h>
#include <sys/time.h>
#include "vfs.h"

int utimes(const char *path, const struct timeval times[2])
{
	struct vfs_walk *w;
	struct uk_vnode *vn;
	int r, i;

	if (times) {
		for (i = 0; i < 2; i++)
			if (times[i].tv_usec < 0 || times[i].tv_usec >= 1000000)
				return (int)vfs_ret(-EINVAL);
	}
	w = vfs_walk_new();
	if (!w)
		return (int)vfs_ret(-ENOMEM);
	r = vfs_walk(w, path, VFS_FOLLOW, &vn);
	vfs_walk_free(w);
	return (int)vfs_ret(r < 0 ? r : -ENOSYS);
}
