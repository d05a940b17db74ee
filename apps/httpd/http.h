/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * http.h - the HTTP/1.1 request-head parser (RFC 9112), on bytes only:
 * no allocation, no I/O, so the host test (test/unit/httpd-parse.test.ts)
 * can drive it with anything.
 */
#ifndef HTTPD_HTTP_H
#define HTTPD_HTTP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** The longest request head (request line and fields) accepted. */
#define HTTP_MAX_HEAD 8192
/** The most header fields accepted. */
#define HTTP_MAX_FIELDS 100

enum http_method { HTTP_GET, HTTP_HEAD, HTTP_OTHER };

/** A parsed request head; pointers point into the parsed buffer. */
struct http_req {
	enum http_method method;
	const char *path; /**< origin-form path (query included) */
	size_t path_len;
	unsigned int minor; /**< HTTP/1.minor (0 or 1) */
	bool keep_alive;    /**< the connection persists after this request */
	size_t head_len;    /**< bytes of the head, final empty line included */
	uint64_t body_len;  /**< Content-Length (0 without) */
};

/** http_parse() found the head incomplete: more bytes are needed. */
#define HTTP_INCOMPLETE 0
/** http_parse() parsed a whole head into *r. */
#define HTTP_OK 1

/**
 * Parse the request head at buf[0..len). Returns HTTP_OK (complete, *r
 * filled), HTTP_INCOMPLETE (need more; never when len >= HTTP_MAX_HEAD),
 * or the status code to answer before closing: 400 (malformed), 414
 * (request line too long), 431 (fields too large or too many), 501
 * (Transfer-Encoding, not implemented), 505 (not HTTP/1.x).
 */
int http_parse(const char *buf, size_t len, struct http_req *r);

/** The reason phrase of status (e.g. "Not Found"), "" if unknown. */
const char *http_reason(int status);

#endif /* HTTPD_HTTP_H */
