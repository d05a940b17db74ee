/* SPDX-License-Identifier: BSD-3-Clause */
/* The mount table and vnode references. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "vfs.h"

static struct uk_mount *mounts[UK_VFS_MOUNT_MAX];
static struct uk_vnode *root;
static unsigned long next_id = 1;

struct uk_vnode *vfs_root(void) { return root; }

int uk_vfs_has_root(void) { return root != NULL; }

void uk_vnode_ref(struct uk_vnode *vn) { vn->refs++; }

void uk_vnode_put(struct uk_vnode *vn)
{
	if (--vn->refs == 0 && vn->ops->inactive)
		vn->ops->inactive(vn);
}

static int free_slot(void)
{
	int i;

	for (i = 0; i < UK_VFS_MOUNT_MAX; i++)
		if (!mounts[i])
			return i;
	return -1;
}

int uk_vfs_mount(const struct uk_fstype *fs, const char *dev, const char *path)
{
	struct uk_vnode *on = NULL, *mroot;
	struct vfs_walk *w = NULL;
	struct uk_mount *m;
	int slot, r;

	if (!fs || !path)
		return -EINVAL;
	if (!root) {
		if (strcmp(path, "/") != 0)
			return -ENOENT;
	} else {
		w = vfs_walk_new();
		if (!w)
			return -ENOMEM;
		r = vfs_walk(w, path, VFS_FOLLOW, &on);
		vfs_walk_free(w);
		if (r < 0)
			return r;
		if (!S_ISDIR(on->mode))
			return -ENOTDIR;
		if (on->covered || on == on->mnt->root)
			return -EBUSY;
	}
	slot = free_slot();
	if (slot < 0)
		return -ENOMEM;
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	m->fs = fs;
	m->on = on;
	m->id = next_id++;
	r = fs->mount(m, dev, &mroot);
	if (r < 0) {
		free(m);
		return r;
	}
	mroot->mnt = m;
	m->root = mroot;
	uk_vnode_ref(mroot);
	mounts[slot] = m;
	if (on) {
		uk_vnode_ref(on);
		on->covered = m;
	} else {
		root = mroot;
	}
	return 0;
}

int uk_vfs_unmount(const char *path)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *vn;
	struct uk_mount *m;
	int i, r;

	if (!w)
		return -ENOMEM;
	r = vfs_walk(w, path, VFS_FOLLOW, &vn);
	vfs_walk_free(w);
	if (r < 0)
		return r;
	m = vn->mnt;
	if (vn != m->root || !m->on)
		return -EINVAL;
	if (vn->refs > 1 || !m->fs->unmount)
		return -EBUSY;
	r = m->fs->unmount(m);
	if (r < 0)
		return r;
	m->on->covered = NULL;
	uk_vnode_put(m->on);
	for (i = 0; i < UK_VFS_MOUNT_MAX; i++)
		if (mounts[i] == m)
			mounts[i] = NULL;
	free(m);
	return 0;
}

struct uk_mount *uk_vfs_mount_of(const char *path, int *err)
{
	struct vfs_walk *w = vfs_walk_new();
	struct uk_vnode *vn;
	int r;

	if (!w) {
		*err = -ENOMEM;
		return NULL;
	}
	r = vfs_walk(w, path, VFS_FOLLOW, &vn);
	vfs_walk_free(w);
	*err = r;
	return r < 0 ? NULL : vn->mnt;
}
