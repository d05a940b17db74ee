/* SPDX-License-Identifier: BSD-3-Clause */
/* files.h - the static files httpd serves from a root in the VFS (the initrd on ramfs). */
#ifndef HTTPD_FILES_H
#define HTTPD_FILES_H

#include <stdint.h>
#include "http.h"

/** An open file to answer with. */
struct httpd_file {
	int fd;		  /**< open for reading */
	uint64_t size;	  /**< its length: the Content-Length */
	const char *type; /**< its Content-Type */
};

/**
 * Open the file the request names under root: the target decoded and
 * normalised (docpath.h), a directory answered by its index.html.
 * Returns 200 (*f filled; the caller closes f->fd), 404 (nothing there,
 * not a regular file, or a directory without index.html), 403 (a ".."
 * segment, or the VFS refused access), 400 (a bad target) or 414.
 */
int httpd_file_open(const char *root, const struct http_req *r,
		    struct httpd_file *f);

#endif /* HTTPD_FILES_H */
