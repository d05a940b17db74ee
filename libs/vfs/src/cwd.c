/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The working directory, kept as an absolute path without links, ".",
 * ".." or repeated slashes (what the walk that chdir() made printed);
 * relative paths are resolved by walking it again.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "vfs.h"

static char cwd[UK_VFS_PATH_MAX] = "/";

const char *vfs_cwd(void) { return cwd; }

static int do_chdir(const char *path)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *vn;
	int r;

	if (!w)
		return -ENOMEM;
	r = vfs_walk(w, path, VFS_FOLLOW, &vn);
	if (r == 0 && !S_ISDIR(vn->mode))
		r = -ENOTDIR;
	if (r == 0 && !(vn->mode & S_IXUSR))
		r = -EACCES;
	if (r == 0)
		memcpy(cwd, w->canon, strlen(w->canon) + 1);
	vfs_walk_free(w);
	return r;
}

int chdir(const char *path) { return (int)vfs_ret(do_chdir(path)); }

char *getcwd(char *buf, size_t size)
{
	size_t n = strlen(cwd) + 1;

	if (!buf || !size) {
		errno = EINVAL;
		return NULL;
	}
	if (n > size) {
		errno = ERANGE;
		return NULL;
	}
	memcpy(buf, cwd, n);
	return buf;
}
