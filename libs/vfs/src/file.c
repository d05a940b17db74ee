/* SPDX-License-Identifier: BSD-3-Clause */
/* The descriptor ops of open VFS files and directories (uk/fdtab.h). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "vfs.h"

long vfs_ret(long r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

int vfs_getattr(struct uk_vnode *vn, struct stat *st)
{
	int r;

	memset(st, 0, sizeof(*st));
	st->st_mode = vn->mode;
	st->st_nlink = 1;
	st->st_blksize = 4096;
	r = vn->ops->getattr ? vn->ops->getattr(vn, st) : 0;
	st->st_dev = vn->mnt ? vn->mnt->id : 0;
	return r;
}

static off_t size_of(struct uk_vnode *vn)
{
	struct stat st;
	int r = vfs_getattr(vn, &st);

	return r < 0 ? r : st.st_size;
}

static ssize_t f_pread(struct uk_ofile *of, void *buf, size_t len, off_t off)
{
	struct uk_vnode *vn = of->priv;

	if (S_ISDIR(vn->mode))
		return -EISDIR;
	if (!vn->ops->read)
		return -EINVAL;
	return vn->ops->read(vn, buf, len, off);
}

static ssize_t f_pwrite(struct uk_ofile *of, const void *buf, size_t len,
			off_t off)
{
	struct uk_vnode *vn = of->priv;

	if (S_ISDIR(vn->mode))
		return -EISDIR;
	if (!vn->ops->write)
		return -EINVAL;
	return vn->ops->write(vn, buf, len, off);
}

static ssize_t f_read(struct uk_ofile *of, void *buf, size_t len, off_t *pos)
{
	ssize_t n = f_pread(of, buf, len, *pos);

	if (n > 0)
		*pos += n;
	return n;
}

static ssize_t f_write(struct uk_ofile *of, const void *buf, size_t len,
		       off_t *pos)
{
	ssize_t n;

	if (of->flags & O_APPEND) {
		off_t end = size_of(of->priv);

		if (end < 0)
			return end;
		*pos = end;
	}
	n = f_pwrite(of, buf, len, *pos);
	if (n > 0)
		*pos += n;
	return n;
}

static off_t f_seek(struct uk_ofile *of, off_t off, int whence, off_t cur)
{
	struct uk_vnode *vn = of->priv;
	off_t base = cur;

	if (whence == SEEK_SET)
		base = 0;
	if (whence == SEEK_END) {
		base = size_of(vn);
		if (base < 0)
			return base;
	}
	if ((off > 0 && base > (off_t)(~0ULL >> 1) - off) || base + off < 0)
		return -EINVAL;
	return base + off;
}

static int f_stat(struct uk_ofile *of, struct stat *st)
{
	return vfs_getattr(of->priv, st);
}

static int f_truncate(struct uk_ofile *of, off_t len)
{
	struct uk_vnode *vn = of->priv;

	if (!S_ISREG(vn->mode) || !vn->ops->truncate)
		return -EINVAL;
	return vn->ops->truncate(vn, len);
}

static int f_sync(struct uk_ofile *of)
{
	struct uk_vnode *vn = of->priv;

	return vn->ops->sync ? vn->ops->sync(vn) : 0;
}

static int f_release(struct uk_ofile *of)
{
	uk_vnode_put(of->priv);
	return 0;
}

const struct uk_fdops vfs_fdops = {
	.read = f_read,
	.write = f_write,
	.pread = f_pread,
	.pwrite = f_pwrite,
	.seek = f_seek,
	.stat = f_stat,
	.truncate = f_truncate,
	.sync = f_sync,
	.release = f_release,
};
