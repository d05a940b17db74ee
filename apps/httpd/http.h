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

/**
 * The method: GET, HEAD and OPTIONS are served; HTTP_KNOWN is another
 * method RFC 9110 (or RFC 5789, PATCH) defines (405 with Allow);
 * HTTP_OTHER one the server does not recognise (501, RFC 9110 15.6.2).
 */
enum http_method { HTTP_GET, HTTP_HEAD, HTTP_OPTIONS, HTTP_KNOWN, HTTP_OTHER };

/** A parsed request head; pointers point into the parsed buffer. */
struct http_req {
	enum http_method method;
	/** origin-form path (query included); absolute-form becomes the
	 * path after its authority; "*" (asterisk-form, OPTIONS only); the
	 * authority for CONNECT */
	const char *path;
	size_t path_len;
	unsigned int minor;   /**< HTTP/1.minor (1.2-1.9 are served as 1.1) */
	bool keep_alive;      /**< the connection persists after this request */
	bool asterisk;	      /**< the target is "*" */
	bool chunked;	      /**< Transfer-Encoding: chunked (body_len 0) */
	bool expect_continue; /**< Expect: 100-continue (HTTP/1.1 only) */
	bool if_range;	      /**< an If-Range field came (it never matches:
			       * the server sends no validators) */
	const char *range;    /**< the one Range field's value, or NULL (none,
			    * or several: ignored) */
	size_t range_len;
	size_t head_len;   /**< bytes of the head, final empty line included */
	uint64_t body_len; /**< Content-Length (0 without) */
};

/** http_parse() found the head incomplete: more bytes are needed. */
#define HTTP_INCOMPLETE 0
/** http_parse() parsed a whole head into *r. */
#define HTTP_OK 1

/**
 * Parse the request head at buf[0..len). Returns HTTP_OK (complete, *r
 * filled), HTTP_INCOMPLETE (need more; never when len >= HTTP_MAX_HEAD),
 * or the status code to answer before closing: 400 (malformed; no or
 * several Host in HTTP/1.1, a bad Host value; bad or conflicting
 * Content-Length; Transfer-Encoding with Content-Length, in HTTP/1.0,
 * or without chunked as its last coding), 414 (request line too long),
 * 431 (fields too large or too many), 501 (a transfer coding other than
 * chunked), 505 (not HTTP/1.x). On an error r->method is HTTP_HEAD if
 * the request line began with "HEAD " (its answer takes no body).
 */
int http_parse(const char *buf, size_t len, struct http_req *r);

/** The state of a chunked body being read (RFC 9112 7.1); zero it to start. */
struct http_chunked {
	int state;
	uint64_t size;	/**< the data left in the current chunk */
	uint64_t total; /**< data bytes so far (the decoded length) */
	size_t line;	/**< bytes of the current size or trailer line */
	size_t trailer; /**< bytes of trailer fields so far */
};

/** http_chunked_feed(): the body is complete. */
#define HTTP_CHUNKED_DONE 1

/**
 * Feed buf[0..len) of a chunked body to d. Sets *used to the bytes that
 * belong to the body and returns HTTP_INCOMPLETE (all of buf used, more
 * needed), HTTP_CHUNKED_DONE (the last chunk and trailer section ended
 * at buf[*used - 1]) or 400 (bad chunk syntax, a size over 2^60, a size
 * or trailer line over HTTP_MAX_HEAD; *used is then 0). Lines may end
 * in CRLF or LF.
 */
int http_chunked_feed(struct http_chunked *d, const char *buf, size_t len,
		      size_t *used);

/** http_range(): no single byte range to serve; answer with the whole. */
#define HTTP_RANGE_NONE 0

/**
 * The byte range the Range value v[0..n) asks of a representation of
 * size bytes (RFC 9110 14.1.2): 206 with *first and *last (inclusive,
 * last clamped to size - 1); 416 when it is one well-formed range none of
 * which is there (a first-pos at or past size, a zero suffix, an empty
 * representation); HTTP_RANGE_NONE for another unit, bad syntax or more
 * than one range: 14.2 lets a server ignore Range and send it all.
 */
int http_range(const char *v, size_t n, uint64_t size, uint64_t *first,
	       uint64_t *last);

/** The reason phrase of status (e.g. "Not Found"), "" if unknown. */
const char *http_reason(int status);

#endif /* HTTPD_HTTP_H */
