/* SPDX-License-Identifier: BSD-3-Clause */
/* rename(): both parents resolved, same mount, then the file system's op. */
#include <errno.h>
#include "vfs.h"

static int do_rename(const char *from, const char *to)
{
	struct vfs_walk *a = vfs_walk_new(), *b = vfs_walk_new();
	struct uk_vnode *odir, *ndir, *vn;
	int r;

	r = -ENOMEM;
	if (!a || !b)
		goto out;
	r = vfs_walk_parent(a, from, &odir);
	if (r == 0)
		r = vfs_walk_parent(b, to, &ndir);
	if (r < 0)
		goto out;
	r = -EBUSY;
	if (vfs_is_dot(a->name) || vfs_is_dot(b->name))
		goto out;
	r = odir->ops->lookup(odir, a->name, &vn);
	if (r < 0)
		goto out;
	r = -ENOTDIR;
	if ((a->must_dir || b->must_dir) && !S_ISDIR(vn->mode))
		goto out;
	r = -EXDEV;
	if (odir->mnt != ndir->mnt)
		goto out;
	r = -EBUSY;
	if (vn->covered)
		goto out;
	r = odir->ops->rename ? odir->ops->rename(odir, a->name, ndir, b->name)
			      : -EROFS;
out:
	vfs_walk_free(a);
	vfs_walk_free(b);
	return r;
}

int rename(const char *oldpath, const char *newpath)
{
	return (int)vfs_ret(do_rename(oldpath, newpath));
}
