/* SPDX-License-Identifier: BSD-3-Clause */
/* The snapshot: a directory tree as a cpio newc archive, read through the VFS. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/cpio.h>
#include "snapfs.h"

/* Room for n more bytes. */
static int grow(struct snapfs_buf *b, size_t n)
{
	size_t cap = b->cap ? b->cap : 4096;
	char *d;

	while (cap - b->len < n)
		cap *= 2;
	if (cap == b->cap)
		return 0;
	d = realloc(b->data, cap);
	if (!d)
		return -ENOSPC;
	b->data = d;
	b->cap = cap;
	return 0;
}

static void pad(struct snapfs_buf *b)
{
	while (b->len % 4)
		b->data[b->len++] = '\0';
}

/* A header and name, padded; size bytes of data to follow. */
static int header(struct snapfs_buf *b, const char *name, unsigned long mode,
		  size_t size)
{
	size_t nl = strlen(name) + 1;
	int r = grow(b, 110 + nl + 3 + size + 3);

	if (r < 0)
		return r;
	snprintf(
		b->data + b->len, 111,
		"070701%08X%08lX%08X%08X%08X%08X%08lX%08X%08X%08X%08X%08lX%08X",
		0u, mode, 0u, 0u, 1u, 0u, (unsigned long)size, 0u, 0u, 0u, 0u,
		(unsigned long)nl, 0u);
	b->len += 110;
	memcpy(b->data + b->len, name, nl);
	b->len += nl;
	pad(b);
	return 0;
}

static int add_file(struct snapfs_buf *b, const char *path, const char *name,
		    const struct stat *st)
{
	size_t size = (size_t)st->st_size;
	ssize_t n = 0;
	int fd, r;

	r = header(b, name, st->st_mode, size);
	if (r < 0)
		return r;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -errno;
	if (size)
		n = pread(fd, b->data + b->len, size, 0);
	close(fd);
	if (n < 0 || (size_t)n != size)
		return -EIO;
	b->len += size;
	pad(b);
	return 0;
}

static int add_link(struct snapfs_buf *b, const char *path, const char *name,
		    const struct stat *st)
{
	int r = header(b, name, st->st_mode, (size_t)st->st_size);
	ssize_t n;

	if (r < 0)
		return r;
	n = readlink(path, b->data + b->len, (size_t)st->st_size);
	if (n != st->st_size)
		return -EIO;
	b->len += (size_t)n;
	pad(b);
	return 0;
}

/* Every entry of dir (path; name relative to the mount, "" at the top). */
static int add_dir(struct snapfs_buf *b, const char *path, const char *name)
{
	char *cpath, *cname;
	struct dirent *de;
	struct stat st;
	DIR *d = opendir(path);
	int r = 0;

	if (!d)
		return -errno;
	cpath = malloc(2 * 1024);
	if (!cpath) {
		closedir(d);
		return -ENOMEM;
	}
	cname = cpath + 1024;
	while (r == 0 && (de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		snprintf(cpath, 1024, "%s/%s", path, de->d_name);
		snprintf(cname, 1024, "%s%s%s", name, *name ? "/" : "",
			 de->d_name);
		if (lstat(cpath, &st) < 0) {
			r = -errno;
			break;
		}
		if (S_ISDIR(st.st_mode)) {
			r = header(b, cname, st.st_mode, 0);
			if (r == 0)
				r = add_dir(b, cpath, cname);
		} else if (S_ISREG(st.st_mode)) {
			r = add_file(b, cpath, cname, &st);
		} else if (S_ISLNK(st.st_mode)) {
			r = add_link(b, cpath, cname, &st);
		}
	}
	free(cpath);
	closedir(d);
	return r;
}

int snapfs_archive(const char *dir, struct snapfs_buf *b)
{
	int r = add_dir(b, dir, "");

	return r < 0 ? r : header(b, "TRAILER!!!", 0, 0);
}
