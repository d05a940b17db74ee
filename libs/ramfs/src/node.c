/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs nodes: allocation, directory lists, the mount hooks. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/init.h>
#include "ramfs.h"

struct ramfs_node *ramfs_node_new(struct uk_mount *m, const char *name,
				  mode_t mode)
{
	struct ramfs_node *n = calloc(1, sizeof(*n));
	unsigned long *ino = &((struct ramfs_mount *)m->priv)->ino;

	if (!n)
		return NULL;
	n->name = strdup(name);
	if (!n->name) {
		free(n);
		return NULL;
	}
	n->vn.ops = &ramfs_vnops;
	n->vn.mnt = m;
	n->vn.mode = mode;
	n->vn.priv = n;
	n->ino = ++*ino;
	clock_gettime(CLOCK_REALTIME, &n->mtim);
	n->atim = n->ctim = n->mtim;
	return n;
}

void ramfs_node_free(struct ramfs_node *n)
{
	free(n->data);
	free(n->name);
	free(n);
}

void ramfs_touch(struct ramfs_node *n)
{
	clock_gettime(CLOCK_REALTIME, &n->mtim);
	n->ctim = n->mtim;
}

struct ramfs_node *ramfs_find(struct ramfs_node *d, const char *name)
{
	struct ramfs_node *c;

	for (c = d->children; c; c = c->next)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

void ramfs_attach(struct ramfs_node *d, struct ramfs_node *n)
{
	struct ramfs_node **p = &d->children;

	while (*p)
		p = &(*p)->next;
	n->next = NULL;
	n->parent = d;
	*p = n;
	ramfs_touch(d);
}

void ramfs_detach(struct ramfs_node *n)
{
	struct ramfs_node **p = &n->parent->children;

	while (*p != n)
		p = &(*p)->next;
	*p = n->next;
	ramfs_touch(n->parent);
	n->parent = NULL;
	n->next = NULL;
}

void ramfs_remove(struct ramfs_node *n)
{
	ramfs_detach(n);
	if (n->vn.refs == 0)
		ramfs_node_free(n);
}

static int ramfs_mount(struct uk_mount *m, const char *dev,
		       struct uk_vnode **root)
{
	struct ramfs_node *r;

	(void)dev;
	m->priv = calloc(1, sizeof(struct ramfs_mount));
	if (!m->priv)
		return -ENOMEM;
	r = ramfs_node_new(m, "", S_IFDIR | 0755);
	if (!r) {
		free(m->priv);
		return -ENOMEM;
	}
	*root = &r->vn;
	return 0;
}

static void free_tree(struct ramfs_node *n)
{
	struct ramfs_node *c, *next;

	for (c = n->children; c; c = next) {
		next = c->next;
		free_tree(c);
	}
	ramfs_node_free(n);
}

static int ramfs_unmount(struct uk_mount *m)
{
	free_tree(m->root->priv);
	free(m->priv);
	return 0;
}

void uk_ramfs_set_sync(struct uk_mount *m,
		       int (*hook)(struct uk_mount *m, void *arg), void *arg)
{
	struct ramfs_mount *rm = m->priv;

	rm->sync = hook;
	rm->sync_arg = arg;
}

int ramfs_sync(struct uk_vnode *vn)
{
	struct ramfs_mount *rm = vn->mnt->priv;

	return rm->sync ? rm->sync(vn->mnt, rm->sync_arg) : 0;
}

const struct uk_fstype uk_ramfs = {
	.name = "ramfs",
	.mount = ramfs_mount,
	.unmount = ramfs_unmount,
};

#ifdef CONFIG_LIBRAMFS_ROOT
static int ramfs_root(void)
{
	return uk_vfs_has_root() ? 0 : uk_vfs_mount(&uk_ramfs, NULL, "/");
}
UK_BOOT_INIT(ramfs_root, UK_BOOT_INIT_ROOTFS);
#endif
