/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The static files: a target becomes a path under the root (docpath.c,
 * which refuses ".." however it is spelled), the path is looked up with
 * stat(), a directory stands for its index.html, and only a regular
 * file is opened. Symbolic links in the tree are followed: they are
 * what the app packed.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "docpath.h"
#include "files.h"

static int lookup_error(int e) { return e == EACCES ? 403 : 404; }

int httpd_file_open(const char *root, const struct http_req *r,
		    struct httpd_file *f)
{
	static const char index_name[] = "/index.html";
	char path[DOCPATH_MAX];
	struct stat st;
	size_t n;
	int dir, err;

	err = docpath_map(root, r->path, r->path_len, path,
			  sizeof(path) - (sizeof(index_name) - 1), &dir);
	if (err)
		return err;
	if (stat(path, &st))
		return lookup_error(errno);
	if (S_ISDIR(st.st_mode)) {
		n = strlen(path);
		if (n == 1)
			n = 0; /* root "/": no doubled slash */
		memcpy(path + n, index_name, sizeof(index_name));
		if (stat(path, &st))
			return lookup_error(errno);
	} else if (dir) {
		return 404; /* "/file/": a file is not a directory */
	}
	if (!S_ISREG(st.st_mode))
		return 404;
	f->fd = open(path, O_RDONLY);
	if (f->fd < 0)
		return lookup_error(errno);
	f->size = (uint64_t)st.st_size;
	f->type = docpath_type(path);
	return 200;
}
