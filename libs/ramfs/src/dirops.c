/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs directory ops: lookup, create, mkdir, symlink, unlink, rmdir, rename, readdir. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "ramfs.h"

#define NODE(vn) ((struct ramfs_node *)(vn)->priv)

static int r_lookup(struct uk_vnode *dir, const char *name,
		    struct uk_vnode **out)
{
	struct ramfs_node *n = ramfs_find(NODE(dir), name);

	if (!n)
		return -ENOENT;
	*out = &n->vn;
	return 0;
}

/* A new entry name of mode in dir; *out the node. */
static int make(struct uk_vnode *dir, const char *name, mode_t mode,
		struct ramfs_node **out)
{
	struct ramfs_node *n;

	if (ramfs_find(NODE(dir), name))
		return -EEXIST;
	n = ramfs_node_new(dir->mnt, name, mode);
	if (!n)
		return -ENOSPC;
	ramfs_attach(NODE(dir), n);
	*out = n;
	return 0;
}

static int r_create(struct uk_vnode *dir, const char *name, mode_t mode,
		    struct uk_vnode **out)
{
	struct ramfs_node *n;
	int r = make(dir, name, mode, &n);

	if (r == 0)
		*out = &n->vn;
	return r;
}

static int r_mkdir(struct uk_vnode *dir, const char *name, mode_t mode)
{
	struct ramfs_node *n;

	return make(dir, name, mode, &n);
}

static int r_symlink(struct uk_vnode *dir, const char *name, const char *target)
{
	size_t len = strlen(target);
	struct ramfs_node *n;
	char *data;
	int r;

	data = malloc(len);
	if (!data)
		return -ENOSPC;
	r = make(dir, name, S_IFLNK | 0777, &n);
	if (r < 0) {
		free(data);
		return r;
	}
	memcpy(data, target, len);
	n->data = data;
	n->size = n->cap = len;
	return 0;
}

static int r_unlink(struct uk_vnode *dir, const char *name)
{
	struct ramfs_node *n = ramfs_find(NODE(dir), name);

	if (!n)
		return -ENOENT;
	if (S_ISDIR(n->vn.mode))
		return -EISDIR;
	ramfs_remove(n);
	return 0;
}

static int r_rmdir(struct uk_vnode *dir, const char *name)
{
	struct ramfs_node *n = ramfs_find(NODE(dir), name);

	if (!n)
		return -ENOENT;
	if (!S_ISDIR(n->vn.mode))
		return -ENOTDIR;
	if (n->children)
		return -ENOTEMPTY;
	ramfs_remove(n);
	return 0;
}

/* Non-zero when d is n or inside n. */
static int within(struct ramfs_node *d, struct ramfs_node *n)
{
	for (; d; d = d->parent)
		if (d == n)
			return 1;
	return 0;
}

static int r_rename(struct uk_vnode *odir, const char *oname,
		    struct uk_vnode *ndir, const char *nname)
{
	struct ramfs_node *n = ramfs_find(NODE(odir), oname), *t;
	char *name;

	if (!n)
		return -ENOENT;
	t = ramfs_find(NODE(ndir), nname);
	if (t == n)
		return 0;
	if (S_ISDIR(n->vn.mode) && within(NODE(ndir), n))
		return -EINVAL;
	if (t) {
		if (S_ISDIR(n->vn.mode) && !S_ISDIR(t->vn.mode))
			return -ENOTDIR;
		if (!S_ISDIR(n->vn.mode) && S_ISDIR(t->vn.mode))
			return -EISDIR;
		if (t->children)
			return -ENOTEMPTY;
		if (t->vn.covered)
			return -EBUSY;
	}
	name = strdup(nname);
	if (!name)
		return -ENOSPC;
	if (t)
		ramfs_remove(t);
	ramfs_detach(n);
	free(n->name);
	n->name = name;
	ramfs_attach(NODE(ndir), n);
	n->ctim = n->mtim;
	return 0;
}

static unsigned char dtype(mode_t m)
{
	return S_ISDIR(m)   ? DT_DIR
	       : S_ISLNK(m) ? DT_LNK
	       : S_ISREG(m) ? DT_REG
			    : DT_UNKNOWN;
}

static int r_readdir(struct uk_vnode *dir, off_t *cookie, struct dirent *de)
{
	struct ramfs_node *c = NODE(dir)->children;
	off_t i;

	for (i = 0; c && i < *cookie; i++)
		c = c->next;
	if (!c)
		return 0;
	de->d_ino = c->ino;
	de->d_type = dtype(c->vn.mode);
	strncpy(de->d_name, c->name, sizeof(de->d_name) - 1);
	(*cookie)++;
	return 1;
}

/* The data ops (data.c). */
ssize_t ramfs_read(struct uk_vnode *vn, void *buf, size_t len, off_t off);
ssize_t ramfs_write(struct uk_vnode *vn, const void *buf, size_t len,
		    off_t off);
int ramfs_truncate(struct uk_vnode *vn, off_t len);
int ramfs_getattr(struct uk_vnode *vn, struct stat *st);
ssize_t ramfs_readlink(struct uk_vnode *vn, char *buf, size_t len);
void ramfs_inactive(struct uk_vnode *vn);

const struct uk_vnops ramfs_vnops = {
	.lookup = r_lookup,
	.create = r_create,
	.mkdir = r_mkdir,
	.symlink = r_symlink,
	.unlink = r_unlink,
	.rmdir = r_rmdir,
	.rename = r_rename,
	.readlink = ramfs_readlink,
	.read = ramfs_read,
	.write = ramfs_write,
	.truncate = ramfs_truncate,
	.getattr = ramfs_getattr,
	.sync = ramfs_sync,
	.readdir = r_readdir,
	.inactive = ramfs_inactive,
};
