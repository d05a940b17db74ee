/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * httpd's connections: bytes from uk/tcp.h are gathered in a per-
 * connection buffer, request heads parsed (http.c) and answered in order
 * (pipelining), one response at a time and only when its bytes fit the
 * send room, so nothing is dropped and nothing grows without bound. The
 * server closes after an error answer, after a request that asks to
 * close, and on the idle and slow-request timeout; otherwise it lets the
 * client close first (no TIME_WAIT on our side for keep-alive clients).
 * A file's body goes out in pieces as send room frees (sent()), and the
 * next pipelined request waits until it is all queued.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uk/plat/time.h>
#include <uk/tcp.h>
#include <uk/ukalloc.h>
#include "files.h"
#include "http.h"
#include "httpdate.h"
#include "server.h"

/** Request bodies (ignored, GET and HEAD take none) up to this are read
 * and dropped; longer ones get 413 (Content-Length at once, chunked once
 * the data passes it). */
#define MAX_BODY 65536
/** Room a response needs (headers and the largest page). */
#define MAX_RESPONSE 2048
/** A file's body is read and queued in pieces of at most this. */
#define FILE_PIECE 4096

struct conn {
	struct uk_tcp *t;
	size_t len;	     /* bytes in buf */
	uint64_t skip;	     /* body bytes still to drop */
	uint64_t last;	     /* last activity, ns */
	uint64_t head_start; /* first byte of the pending head, ns */
	bool eof, closing;
	int fd;		    /* the file whose body is being sent, or -1 */
	uint64_t off, left; /* where in it, and the bytes still to send */
	bool close_after;   /* close once the body is queued */
	bool in_body;	    /* reading req's chunked body, its head in buf */
	struct http_req req;
	struct http_chunked ch;
	char buf[HTTP_MAX_HEAD];
};

static const struct httpd_conf *conf;
static uint64_t started, requests, responses_err;

static const char INDEX[] =
	"<!DOCTYPE html>\n<html><head><title>ukraft httpd</title></head>\n"
	"<body><h1>Hello from ukraft</h1>\n"
	"<p>An HTTP/1.1 server in a unikernel: lwIP 2.1.3 over the netdev "
	"API.</p>\n<p><a href=\"/status\">/status</a></p></body></html>\n";

/** What every answer allows (Allow on 405 and OPTIONS). */
#define ALLOW "GET, HEAD, OPTIONS"

/*
 * The head of a response and, unless head, its body. type NULL: no
 * Content-Type (an empty body). keep: the connection stays (else
 * "Connection: close"); ka_header: say keep-alive (to an HTTP/1.0
 * client that asked for it); extra: more field lines (CRLF-ended) or
 * NULL. Date only when the platform knows the date.
 */
static void send_response(struct conn *c, int status, const char *type,
			  const char *body, size_t body_len, bool head,
			  bool keep, bool ka_header, const char *extra)
{
	char h[384], date[HTTP_DATE_LEN + 1];
	uint64_t now = ukplat_wall_clock() / UKPLAT_NSEC_PER_SEC;
	int n;

	date[0] = 0;
	if (now >= HTTP_DATE_PLAUSIBLE)
		http_date(now, date);
	n = snprintf(h, sizeof(h),
		     "HTTP/1.1 %d %s\r\nServer: ukraft-httpd\r\n%s%s%s"
		     "%s%s%sContent-Length: %llu\r\n%s%s%s\r\n",
		     status, http_reason(status), date[0] ? "Date: " : "", date,
		     date[0] ? "\r\n" : "", type ? "Content-Type: " : "",
		     type ? type : "", type ? "\r\n" : "",
		     (unsigned long long)body_len,
		     status == 405 || (status == 200 && !type) ? "Allow: " ALLOW
								 "\r\n"
							       : "",
		     extra ? extra : "",
		     !keep	 ? "Connection: close\r\n"
		     : ka_header ? "Connection: keep-alive\r\n"
				 : "");
	uk_tcp_send(c->t, h, (size_t)n);
	if (!head && body_len && body)
		uk_tcp_send(c->t, body, body_len);
}

/* Queue the next pieces of the file being sent, as room allows. */
static void send_file_pieces(struct conn *c)
{
	static char piece[FILE_PIECE];
	size_t n, room;
	ssize_t got;

	while (c->left) {
		room = uk_tcp_room(c->t);
		n = c->left < sizeof(piece) ? (size_t)c->left : sizeof(piece);
		if (room < n)
			n = room;
		if (!n)
			return; /* sent() brings us back */
		got = pread(c->fd, piece, n, (off_t)c->off);
		if (got <= 0 || uk_tcp_send(c->t, piece, (size_t)got)) {
			/* the file shrank or memory is short: the length
			 * announced cannot be kept, so end the connection */
			c->left = 0;
			c->closing = true;
			uk_tcp_abort(c->t);
			return;
		}
		c->off += (uint64_t)got;
		c->left -= (uint64_t)got;
	}
	close(c->fd);
	c->fd = -1;
	if (c->close_after) {
		c->closing = true;
		uk_tcp_close(c->t);
	}
}

/* An answer whose body is "<status> <reason>\n" (none for HEAD). */
static void send_status(struct conn *c, int status, bool head, bool keep,
			bool ka_header, const char *extra)
{
	char body[64];
	int n = snprintf(body, sizeof(body), "%d %s\n", status,
			 http_reason(status));

	send_response(c, status, "text/plain", body, (size_t)n, head, keep,
		      ka_header, extra);
}

/* "100 Continue": the client is to send the body it announced. */
static void send_continue(struct conn *c)
{
	static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";

	uk_tcp_send(c->t, cont, sizeof(cont) - 1);
}

/* An error answer, then close (the framing may be lost). */
static void send_error(struct conn *c, int status, bool head)
{
	responses_err++;
	send_status(c, status, head, false, false, NULL);
	c->closing = true;
	uk_tcp_close(c->t);
}

static int status_page(char *out, size_t len)
{
	uint64_t acc;
	unsigned int open;
	char net[160];

	uk_tcp_counts(&acc, &open);
	uk_net_stats_text(net, sizeof(net));
	return snprintf(
		out, len,
		"uptime_ms %llu\nconnections %llu\nopen %u\n"
		"requests %llu\nerrors %llu\nfree_bytes %llu\n"
		"net %s\n",
		(unsigned long long)((ukplat_monotonic_clock() - started) /
				     1000000u),
		(unsigned long long)acc, open, (unsigned long long)requests,
		(unsigned long long)responses_err,
		(unsigned long long)uk_alloc_availmem(uk_alloc_get_default()),
		net);
}

static bool path_is(const struct http_req *r, const char *p)
{
	size_t n = strlen(p), l = r->path_len;
	const char *q = memchr(r->path, '?', l);

	if (q)
		l = (size_t)(q - r->path);
	return l == n && !memcmp(r->path, p, n);
}

/*
 * Answer with the open file f: whole (200), or the one byte range a GET
 * asks for (206 with Content-Range; 416 when none of it is there). An
 * If-Range never matches (no validators are sent), so it means the
 * whole file (RFC 9110 13.1.5). Returns true while its body is queued
 * in pieces (c->fd owns f's descriptor), false when f is done with.
 */
static bool send_file(struct conn *c, const struct http_req *r,
		      const struct httpd_file *f, bool keep, bool ka_header)
{
	bool head = r->method == HTTP_HEAD;
	uint64_t first = 0, last = 0, len = f->size;
	char extra[128];
	int st = HTTP_RANGE_NONE;

	if (r->method == HTTP_GET && r->range && !r->if_range)
		st = http_range(r->range, r->range_len, f->size, &first, &last);
	if (st == 416) {
		snprintf(extra, sizeof(extra),
			 "Content-Range: bytes */%llu\r\n",
			 (unsigned long long)f->size);
		send_status(c, 416, false, keep, ka_header, extra);
		close(f->fd);
		return false;
	}
	if (st == 206) {
		len = last - first + 1;
		snprintf(extra, sizeof(extra),
			 "Accept-Ranges: bytes\r\n"
			 "Content-Range: bytes %llu-%llu/%llu\r\n",
			 (unsigned long long)first, (unsigned long long)last,
			 (unsigned long long)f->size);
	} else {
		st = 200;
		first = 0;
		snprintf(extra, sizeof(extra), "Accept-Ranges: bytes\r\n");
	}
	send_response(c, st, f->type, NULL, (size_t)len, true, keep, ka_header,
		      extra);
	if (head || !len) {
		close(f->fd);
		return false;
	}
	c->fd = f->fd;
	c->off = first;
	c->left = len;
	c->close_after = !keep;
	send_file_pieces(c);
	return true;
}

/* Answer one parsed request (its body, if any, is read or being read). */
static void answer(struct conn *c, const struct http_req *r)
{
	bool head = r->method == HTTP_HEAD, keep = r->keep_alive;
	bool ka_header = r->minor == 0 && r->keep_alive;
	struct httpd_file f;
	char page[512];
	int n, st;

	requests++;
	if (r->body_len > MAX_BODY) {
		send_error(c, 413, head);
		return;
	}
	c->skip = r->body_len;
	if (r->body_len && r->expect_continue && keep)
		send_continue(c); /* the final answer follows at once, but
				   * the body must come (and is dropped) for
				   * the framing to hold */
	if (r->method == HTTP_OPTIONS) {
		/* RFC 9110 9.3.7: the methods, for "*" or any path */
		send_response(c, 200, NULL, NULL, 0, false, keep, ka_header,
			      NULL);
	} else if (r->method == HTTP_KNOWN || r->method == HTTP_OTHER) {
		/* 405 for a method HTTP defines but no file takes, 501 for
		 * one not recognised (RFC 9110 15.5.6, 15.6.2); the body
		 * framing is known, so the connection can stay */
		responses_err++;
		send_status(c, r->method == HTTP_KNOWN ? 405 : 501, false, keep,
			    ka_header, NULL);
	} else if (path_is(r, "/status")) {
		n = status_page(page, sizeof(page));
		send_response(c, 200, "text/plain", page, (size_t)n, head, keep,
			      ka_header, NULL);
	} else if ((st = httpd_file_open(conf->root, r, &f)) == 200) {
		if (send_file(c, r, &f, keep, ka_header))
			return; /* its body goes out as room frees */
	} else if (st == 404 && path_is(r, "/")) {
		/* no index.html at the root: the built-in page */
		send_response(c, 200, "text/html; charset=utf-8", INDEX,
			      sizeof(INDEX) - 1, head, keep, ka_header, NULL);
	} else if (st == 404 || st == 403) {
		send_status(c, st, head, keep, ka_header, NULL);
	} else {
		send_error(c, st, head);
		return;
	}
	if (!keep) {
		c->closing = true;
		uk_tcp_close(c->t);
	}
}

/* Drop the head of the request just answered from buf. */
static void drop_head(struct conn *c, size_t head_len)
{
	memmove(c->buf, c->buf + head_len, c->len - head_len);
	c->len -= head_len;
	c->head_start = ukplat_monotonic_clock();
}

/*
 * Read on in the chunked body of c->req (whose head stays at the start
 * of buf; the data after it is consumed as it comes). Returns true once
 * the body ended and the request was answered.
 */
static bool chunked_body(struct conn *c)
{
	size_t at = c->req.head_len, used = 0;
	int st = http_chunked_feed(&c->ch, c->buf + at, c->len - at, &used);

	memmove(c->buf + at, c->buf + at + used, c->len - at - used);
	c->len -= used;
	if (st == HTTP_INCOMPLETE && c->ch.total <= MAX_BODY)
		return false;
	c->in_body = false;
	if (st != HTTP_CHUNKED_DONE || c->ch.total > MAX_BODY) {
		requests++;
		send_error(c, st == 400 ? 400 : 413,
			   c->req.method == HTTP_HEAD);
		return false;
	}
	answer(c, &c->req);
	drop_head(c, at);
	return true;
}

/* Answer every complete request in buf the send room allows. */
static void process(struct conn *c)
{
	struct http_req r;
	size_t n;
	int st;

	while (!c->closing) {
		if (c->left) {
			send_file_pieces(c);
			if (c->left || c->closing)
				break;
		}
		if (c->skip && c->len) {
			n = c->skip < c->len ? (size_t)c->skip : c->len;
			memmove(c->buf, c->buf + n, c->len - n);
			c->len -= n;
			c->skip -= n;
		}
		if (c->skip || !c->len)
			break;
		if (c->in_body) {
			if (uk_tcp_room(c->t) < MAX_RESPONSE)
				break; /* sent() brings us back */
			if (!chunked_body(c))
				break;
			continue;
		}
		st = http_parse(c->buf, c->len, &r);
		if (st == HTTP_INCOMPLETE)
			break;
		if (uk_tcp_room(c->t) < MAX_RESPONSE)
			break; /* sent() brings us back */
		if (st != HTTP_OK) {
			/* a HEAD's answer has no body, even an error's */
			send_error(c, st, r.method == HTTP_HEAD);
			break;
		}
		if (r.chunked) {
			/* the body first: a bad chunk still gets its 400 */
			c->req = r;
			c->ch = (struct http_chunked){ 0 };
			c->in_body = true;
			if (r.expect_continue)
				send_continue(c);
			continue;
		}
		answer(c, &r);
		drop_head(c, r.head_len);
	}
	uk_tcp_flush(c->t);
	if (!c->closing && c->eof && !c->left &&
	    (c->len == 0 || c->in_body ||
	     http_parse(c->buf, c->len, &r) == HTTP_INCOMPLETE)) {
		/* the peer is done and nothing more can be answered */
		c->closing = true;
		uk_tcp_close(c->t);
	}
}

static void *on_accept(struct uk_tcp *t)
{
	struct conn *c = malloc(sizeof(*c));

	if (!c)
		return NULL;
	c->t = t;
	c->len = 0;
	c->skip = 0;
	c->eof = c->closing = c->in_body = false;
	c->fd = -1;
	c->left = 0;
	c->last = c->head_start = ukplat_monotonic_clock();
	return c;
}

static size_t on_recv(void *st, const uint8_t *data, size_t len)
{
	struct conn *c = st;
	size_t take, skip;

	if (c->closing)
		return len; /* drop what follows an answer we close after */
	c->last = ukplat_monotonic_clock();
	if (!data) {
		c->eof = true;
		process(c);
		return 0;
	}
	if (!c->len)
		c->head_start = c->last;
	skip = 0;
	if (c->skip && !c->len) { /* body bytes to drop, nothing buffered */
		skip = c->skip < len ? (size_t)c->skip : len;
		c->skip -= skip;
		if (skip == len)
			return len;
	}
	take = sizeof(c->buf) - c->len;
	if (take > len - skip)
		take = len - skip;
	memcpy(c->buf + c->len, data + skip, take);
	c->len += take;
	process(c);
	return skip + take;
}

static void on_sent(void *st) { process(st); }

static void on_poll(void *st)
{
	struct conn *c = st;
	uint64_t now = ukplat_monotonic_clock();
	uint64_t limit = (uint64_t)conf->idle_s * UKPLAT_NSEC_PER_SEC;

	if (c->closing)
		return;
	if (c->len && now - c->head_start > limit) {
		/* a request head that does not complete in time */
		if (uk_tcp_room(c->t) >= MAX_RESPONSE)
			send_error(c, 408, false);
		else
			uk_tcp_abort(c->t);
	} else if (now - c->last > limit) {
		c->closing = true;
		uk_tcp_close(c->t);
	}
}

static void on_gone(void *st)
{
	struct conn *c = st;

	if (c->fd >= 0)
		close(c->fd);
	free(c);
}

static const struct uk_tcp_handler handler = {
	on_accept, on_recv, on_sent, on_poll, on_gone,
};

int httpd_start(const struct httpd_conf *c)
{
	conf = c;
	started = ukplat_monotonic_clock();
	return uk_tcp_listen(c->port, &handler);
}
