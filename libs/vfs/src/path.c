/* SPDX-License-Identifier: BSD-3-Clause */
/* The path calls: stat, lstat, mkdir, unlink, rmdir, symlink, readlink, access. */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include "vfs.h"

/* Resolve path (following the last link if follow) and stat it. */
static int do_stat(const char *path, struct stat *st, int follow)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *vn;
	int r;

	if (!w)
		return -ENOMEM;
	r = vfs_walk(w, path, follow ? VFS_FOLLOW : 0, &vn);
	if (r == 0)
		r = vfs_getattr(vn, st);
	vfs_walk_free(w);
	return r;
}

int stat(const char *path, struct stat *st)
{
	return (int)vfs_ret(do_stat(path, st, 1));
}

int lstat(const char *path, struct stat *st)
{
	return (int)vfs_ret(do_stat(path, st, 0));
}

enum name_op { OP_MKDIR, OP_UNLINK, OP_RMDIR, OP_SYMLINK };

/* The errno for an op on "/", "." or "..", as Linux gives it. */
static int dot_errno(enum name_op op, const char *name)
{
	switch (op) {
	case OP_RMDIR:
		return name[0] == '.' && !name[1] ? -EINVAL
		       : name[0]		  ? -ENOTEMPTY
						  : -EBUSY;
	case OP_UNLINK: return -EISDIR;
	default: return -EEXIST;
	}
}

/* An op on the last name of path in its parent directory. */
static int name_op(enum name_op op, const char *path, mode_t mode,
		   const char *target)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *dir, *vn;
	int r;

	if (!w)
		return -ENOMEM;
	r = vfs_walk_parent(w, path, &dir);
	if (r < 0)
		goto out;
	if (vfs_is_dot(w->name)) {
		r = dot_errno(op, w->name);
		goto out;
	}
	switch (op) {
	case OP_MKDIR:
		r = dir->ops->mkdir ? dir->ops->mkdir(dir, w->name,
						      S_IFDIR | (mode & 07777 &
								 ~vfs_umask()))
				    : -EROFS;
		break;
	case OP_SYMLINK:
		r = w->must_dir ? -ENOENT
		    : dir->ops->symlink
			    ? dir->ops->symlink(dir, w->name, target)
			    : -EPERM;
		break;
	case OP_UNLINK:
		r = dir->ops->lookup(dir, w->name, &vn);
		if (r == 0 && w->must_dir)
			r = S_ISDIR(vn->mode) ? -EISDIR : -ENOTDIR;
		if (r == 0)
			r = dir->ops->unlink ? dir->ops->unlink(dir, w->name)
					     : -EROFS;
		break;
	case OP_RMDIR:
		r = dir->ops->lookup(dir, w->name, &vn);
		if (r == 0 && !S_ISDIR(vn->mode))
			r = -ENOTDIR;
		if (r == 0 && vn->covered)
			r = -EBUSY;
		if (r == 0)
			r = dir->ops->rmdir ? dir->ops->rmdir(dir, w->name)
					    : -EROFS;
		break;
	}
out:
	vfs_walk_free(w);
	return r;
}

int mkdir(const char *path, mode_t mode)
{
	return (int)vfs_ret(name_op(OP_MKDIR, path, mode, NULL));
}

int unlink(const char *path)
{
	return (int)vfs_ret(name_op(OP_UNLINK, path, 0, NULL));
}

int rmdir(const char *path)
{
	return (int)vfs_ret(name_op(OP_RMDIR, path, 0, NULL));
}

int symlink(const char *target, const char *path)
{
	if (!target[0])
		return (int)vfs_ret(-ENOENT);
	return (int)vfs_ret(name_op(OP_SYMLINK, path, 0, target));
}

static ssize_t do_readlink(const char *path, char *buf, size_t len)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *vn;
	ssize_t r;

	if (!w)
		return -ENOMEM;
	r = vfs_walk(w, path, 0, &vn);
	if (r == 0)
		r = !S_ISLNK(vn->mode) || !vn->ops->readlink
			    ? -EINVAL
			    : vn->ops->readlink(vn, buf, len);
	vfs_walk_free(w);
	return r;
}

ssize_t readlink(const char *path, char *buf, size_t len)
{
	if (!len)
		return vfs_ret(-EINVAL);
	return vfs_ret(do_readlink(path, buf, len));
}

int access(const char *path, int mode)
{
	struct stat st;
	int r;

	if (mode & ~(R_OK | W_OK | X_OK))
		return (int)vfs_ret(-EINVAL);
	r = do_stat(path, &st, 1);
	if (r < 0)
		return (int)vfs_ret(r);
	if (((mode & R_OK) && !(st.st_mode & S_IRUSR)) ||
	    ((mode & W_OK) && !(st.st_mode & S_IWUSR)) ||
	    ((mode & X_OK) && !(st.st_mode & S_IXUSR)))
		return (int)vfs_ret(-EACCES);
	return 0;
}
