/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Path resolution: components left to right over a stack of the
 * directories walked, so ".." pops (and so leaves a mount through the
 * directory it covers); a symbolic link's target replaces the link in the
 * path left to walk, at most UK_VFS_SYMLOOP_MAX times (ELOOP beyond).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "vfs.h"

struct vfs_walk *vfs_walk_new(void) { return malloc(sizeof(struct vfs_walk)); }

void vfs_walk_free(struct vfs_walk *w) { free(w); }

int vfs_is_dot(const char *name)
{
	return !name[0] ||
	       (name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2])));
}

/* Put path (made absolute with the working directory) into w->buf. */
static int start(struct vfs_walk *w, const char *path)
{
	size_t plen = strlen(path), clen;
	const char *cwd = vfs_cwd();

	if (!vfs_root())
		return -ENOENT;
	if (!plen)
		return -ENOENT;
	if (plen >= UK_VFS_PATH_MAX)
		return -ENAMETOOLONG;
	if (path[0] == '/') {
		memcpy(w->buf, path, plen + 1);
	} else {
		clen = strlen(cwd);
		memcpy(w->buf, cwd, clen);
		w->buf[clen] = '/';
		memcpy(w->buf + clen + 1, path, plen + 1);
	}
	w->depth = 0;
	w->stack[0] = vfs_root();
	w->coff[0] = 0;
	w->canon[0] = '/';
	w->canon[1] = '\0';
	w->must_dir = 0;
	return 0;
}

/* Replace the link just read (w->link, len bytes) for the path at rest. */
static int splice(struct vfs_walk *w, size_t len, char **rest)
{
	size_t rlen = strlen(*rest);

	if (!len)
		return -ENOENT;
	if (len + rlen + 1 > sizeof(w->buf))
		return -ENAMETOOLONG;
	memmove(w->buf + len, *rest, rlen + 1);
	memcpy(w->buf, w->link, len);
	*rest = w->buf;
	if (w->link[0] == '/')
		w->depth = 0;
	return 0;
}

static int push(struct vfs_walk *w, struct uk_vnode *vn, const char *name,
		size_t n)
{
	size_t at = w->coff[w->depth];

	if (w->depth >= UK_VFS_DEPTH_MAX || at + 1 + n + 1 > sizeof(w->canon))
		return -ENAMETOOLONG;
	w->canon[at] = '/';
	memcpy(w->canon + at + 1, name, n);
	w->canon[at + 1 + n] = '\0';
	w->stack[++w->depth] = vn;
	w->coff[w->depth] = at + 1 + n;
	return 0;
}

static void pop(struct vfs_walk *w)
{
	if (w->depth > 0)
		w->depth--;
	if (w->depth == 0) {
		w->canon[0] = '/';
		w->canon[1] = '\0';
	} else {
		w->canon[w->coff[w->depth]] = '\0';
	}
}

/* parent: stop before the last component and leave it in w->name. */
static int walk(struct vfs_walk *w, const char *path, int flags, int parent)
{
	struct uk_vnode *dir, *vn;
	char *p, *e, *q;
	int links = 0, last, trailing, r;
	size_t n;
	ssize_t len;

	r = start(w, path);
	if (r < 0)
		return r;
	p = w->buf;
	for (;;) {
		while (*p == '/')
			p++;
		if (!*p) {
			/* The path ends here ("/", "a/", "a/."): the top is it. */
			w->must_dir = 1;
			if (parent)
				w->name[0] = '\0';
			return 0;
		}
		for (e = p; *e && *e != '/'; e++)
			;
		n = (size_t)(e - p);
		if (n > UK_VFS_NAME_MAX)
			return -ENAMETOOLONG;
		for (q = e; *q == '/'; q++)
			;
		last = !*q;
		trailing = last && e != q;
		memcpy(w->name, p, n);
		w->name[n] = '\0';
		p = e;
		dir = w->stack[w->depth];
		if (last && parent) {
			w->must_dir = trailing;
			return S_ISDIR(dir->mode) ? 0 : -ENOTDIR;
		}
		if (n == 1 && w->name[0] == '.')
			continue;
		if (n == 2 && w->name[0] == '.' && w->name[1] == '.') {
			pop(w);
			continue;
		}
		r = dir->ops->lookup ? dir->ops->lookup(dir, w->name, &vn)
				     : -ENOENT;
		if (r < 0)
			return r;
		if (S_ISLNK(vn->mode) &&
		    (!last || trailing || (flags & VFS_FOLLOW))) {
			if (++links > UK_VFS_SYMLOOP_MAX)
				return -ELOOP;
			len = vn->ops->readlink
				      ? vn->ops->readlink(vn, w->link,
							  sizeof(w->link))
				      : -EINVAL;
			if (len < 0)
				return (int)len;
			r = splice(w, (size_t)len, &p);
			if (r < 0)
				return r;
			if (w->depth == 0)
				pop(w);
			continue;
		}
		while (vn->covered)
			vn = vn->covered->root;
		if ((!last || trailing) && !S_ISDIR(vn->mode))
			return -ENOTDIR;
		r = push(w, vn, w->name, n);
		if (r < 0)
			return r;
		if (last) {
			w->must_dir = trailing;
			return 0;
		}
	}
}

int vfs_walk(struct vfs_walk *w, const char *path, int flags,
	     struct uk_vnode **out)
{
	int r = walk(w, path, flags, 0);

	if (r == 0)
		*out = w->stack[w->depth];
	return r;
}

int vfs_walk_parent(struct vfs_walk *w, const char *path, struct uk_vnode **dir)
{
	int r = walk(w, path, 0, 1);

	if (r == 0)
		*dir = w->stack[w->depth];
	return r;
}
