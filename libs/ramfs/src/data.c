/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs file contents: read, write, truncate, attributes, link targets. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "ramfs.h"

#define NODE(vn) ((struct ramfs_node *)(vn)->priv)

/* Make room for len bytes (doubling), zero-filling what is new. */
static int reserve(struct ramfs_node *n, size_t len)
{
	size_t cap = n->cap ? n->cap : 64;
	char *d;

	if (len > (size_t)UK_RAMFS_FILE_MAX)
		return -EFBIG;
	if (len <= n->cap)
		return 0;
	while (cap < len)
		cap *= 2;
	d = realloc(n->data, cap);
	if (!d) {
		cap = len;
		d = realloc(n->data, cap);
		if (!d)
			return -ENOSPC;
	}
	memset(d + n->cap, 0, cap - n->cap);
	n->data = d;
	n->cap = cap;
	return 0;
}

ssize_t ramfs_read(struct uk_vnode *vn, void *buf, size_t len, off_t off)
{
	struct ramfs_node *n = NODE(vn);

	if ((size_t)off >= n->size)
		return 0;
	if (len > n->size - (size_t)off)
		len = n->size - (size_t)off;
	memcpy(buf, n->data + off, len);
	clock_gettime(CLOCK_REALTIME, &n->atim);
	return (ssize_t)len;
}

ssize_t ramfs_write(struct uk_vnode *vn, const void *buf, size_t len, off_t off)
{
	struct ramfs_node *n = NODE(vn);
	int r;

	if (!len)
		return 0;
	if ((size_t)off > (size_t)UK_RAMFS_FILE_MAX ||
	    len > (size_t)UK_RAMFS_FILE_MAX - (size_t)off)
		return -EFBIG;
	r = reserve(n, (size_t)off + len);
	if (r < 0)
		return r;
	memcpy(n->data + off, buf, len);
	if ((size_t)off + len > n->size)
		n->size = (size_t)off + len;
	ramfs_touch(n);
	return (ssize_t)len;
}

int ramfs_truncate(struct uk_vnode *vn, off_t len)
{
	struct ramfs_node *n = NODE(vn);
	int r;

	if ((size_t)len > n->size) {
		r = reserve(n, (size_t)len);
		if (r < 0)
			return r;
	} else if (n->data) {
		memset(n->data + len, 0, n->size - (size_t)len);
	}
	n->size = (size_t)len;
	ramfs_touch(n);
	return 0;
}

int ramfs_getattr(struct uk_vnode *vn, struct stat *st)
{
	struct ramfs_node *n = NODE(vn), *c;

	st->st_ino = n->ino;
	st->st_size = (off_t)n->size;
	st->st_blocks = (blkcnt_t)((n->cap + 511) / 512);
	st->st_nlink = n->parent || n == vn->mnt->root->priv ? 1 : 0;
	if (S_ISDIR(vn->mode)) {
		st->st_nlink = 2;
		for (c = n->children; c; c = c->next)
			if (S_ISDIR(c->vn.mode))
				st->st_nlink++;
	}
	st->st_atim = n->atim;
	st->st_mtim = n->mtim;
	st->st_ctim = n->ctim;
	return 0;
}

ssize_t ramfs_readlink(struct uk_vnode *vn, char *buf, size_t len)
{
	struct ramfs_node *n = NODE(vn);

	if (len > n->size)
		len = n->size;
	memcpy(buf, n->data, len);
	return (ssize_t)len;
}

void ramfs_inactive(struct uk_vnode *vn)
{
	struct ramfs_node *n = NODE(vn);

	if (!n->parent && n != vn->mnt->root->priv)
		ramfs_node_free(n);
}
