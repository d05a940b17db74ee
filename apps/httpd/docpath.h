/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * docpath.h - a request target turned into a file path under the served
 * root, and a media type from a file name's extension. Bytes only (no
 * I/O), so the host test (test/unit/httpd-docpath.test.ts) drives it.
 */
#ifndef HTTPD_DOCPATH_H
#define HTTPD_DOCPATH_H

#include <stddef.h>

/** The longest file path docpath_map() writes, NUL included. */
#define DOCPATH_MAX 1024

/**
 * Map the origin-form target t[0..n) (query and fragment dropped) to
 * root + the decoded, normalised path, NUL-terminated in out[0..size).
 * Percent escapes are decoded first (RFC 3986 2.1), then the path is
 * split at '/', empty and "." segments are dropped, and any ".."
 * segment is refused: the result never names anything outside root.
 * Returns 0, 400 (a bad escape, a decoded NUL or control byte, not
 * starting with '/'), 403 (a ".." segment) or 414 (too long for out).
 * *dir is set when the target ends in '/' (or is "/").
 */
int docpath_map(const char *root, const char *t, size_t n, char *out,
		size_t size, int *dir);

/** The Content-Type for the file name path (by extension, case-blind);
 * application/octet-stream when unknown. */
const char *docpath_type(const char *path);

#endif /* HTTPD_DOCPATH_H */
