/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The HTTP/1.1 request-head parser (RFC 9112 sections 2-3, 5-6): request
 * line, header fields, Content-Length, Connection, Host. Lines end in
 * CRLF or a bare LF (2.2 allows recognising it); a bare CR, obs-fold,
 * whitespace before a field's colon and control characters are errors.
 * Empty lines before the request line are skipped (2.2).
 */
#include "http.h"

static bool is_tchar(unsigned char c)
{
	if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z'))
		return true;
	switch (c) {
	case '!':
	case '#':
	case '$':
	case '%':
	case '&':
	case '\'':
	case '*':
	case '+':
	case '-':
	case '.':
	case '^':
	case '_':
	case '`':
	case '|':
	case '~': return true;
	default: return false;
	}
}

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Case-insensitive comparison of s[0..n) with the lower-case word w. */
static bool eq_word(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!w[i] || lower((unsigned char)s[i]) != (unsigned char)w[i])
			return false;
	return !w[n];
}

/*
 * The end of the line starting at buf[at]: the index of its LF, or
 * (size_t)-1 if no LF before len. *content is where the line's content
 * ends (before CR LF or LF). A CR not right before the LF is an error
 * (-2 in *content's place: returns (size_t)-2).
 */
static size_t line_end(const char *buf, size_t at, size_t len, size_t *content)
{
	size_t i;

	for (i = at; i < len; i++) {
		if (buf[i] == '\n') {
			*content = (i > at && buf[i - 1] == '\r') ? i - 1 : i;
			return i;
		}
		if (buf[i] == '\r' && i + 1 < len && buf[i + 1] != '\n')
			return (size_t)-2;
	}
	return (size_t)-1;
}

/* The request line buf[0..n): method SP request-target SP HTTP-version. */
static int request_line(const char *buf, size_t n, struct http_req *r)
{
	size_t i = 0, m, t0;

	while (i < n && is_tchar((unsigned char)buf[i]))
		i++;
	m = i;
	if (!m || i >= n || buf[i] != ' ')
		return 400;
	if (m == 3 && !__builtin_memcmp(buf, "GET", 3))
		r->method = HTTP_GET;
	else if (m == 4 && !__builtin_memcmp(buf, "HEAD", 4))
		r->method = HTTP_HEAD;
	else
		r->method = HTTP_OTHER;
	t0 = ++i;
	while (i < n && (unsigned char)buf[i] > ' ' && buf[i] != 0x7f)
		i++;
	if (i == t0 || i >= n || buf[i] != ' ')
		return 400;
	r->path = buf + t0;
	r->path_len = i - t0;
	/* absolute-form: keep the path after scheme://authority */
	if (r->path_len > 7 && eq_word(r->path, 7, "http://")) {
		size_t k = 7;

		while (k < r->path_len && r->path[k] != '/')
			k++;
		if (k == r->path_len) {
			r->path = "/";
			r->path_len = 1;
		} else {
			r->path += k;
			r->path_len -= k;
		}
	} else if (r->path[0] != '/' &&
		   !(r->path_len == 1 && r->path[0] == '*')) {
		return 400;
	}
	i++;
	if (n - i != 8 || __builtin_memcmp(buf + i, "HTTP/", 5) ||
	    buf[i + 5] < '0' || buf[i + 5] > '9' || buf[i + 6] != '.' ||
	    buf[i + 7] < '0' || buf[i + 7] > '9')
		return 400;
	if (buf[i + 5] != '1')
		return 505;
	r->minor = (unsigned int)(buf[i + 7] - '0');
	r->keep_alive = r->minor >= 1;
	return 0;
}

/* A Connection field value: comma-separated options. */
static void connection(const char *v, size_t n, struct http_req *r)
{
	size_t i = 0, s, e;

	while (i < n) {
		while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
			i++;
		s = i;
		while (i < n && v[i] != ',')
			i++;
		e = i;
		while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\t'))
			e--;
		if (eq_word(v + s, e - s, "close"))
			r->keep_alive = false;
		else if (eq_word(v + s, e - s, "keep-alive") && r->minor == 0)
			r->keep_alive = true;
	}
}

/* A Content-Length value: 1*DIGIT, at most 18 digits. */
static int content_length(const char *v, size_t n, uint64_t *out)
{
	uint64_t x = 0;
	size_t i;

	if (!n || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		x = x * 10 + (uint64_t)(v[i] - '0');
	}
	*out = x;
	return 0;
}

int http_parse(const char *buf, size_t len, struct http_req *r)
{
	size_t at = 0, lf, end, colon, vs, ve, fields = 0, hosts = 0;
	bool have_cl = false;
	uint64_t cl;
	int err;

	/* empty lines before the request line (a few) */
	while (at < len && at < 8 &&
	       (buf[at] == '\n' ||
		(buf[at] == '\r' && at + 1 < len && buf[at + 1] == '\n')))
		at += buf[at] == '\r' ? 2 : 1;
	lf = line_end(buf, at, len, &end);
	if (lf == (size_t)-2)
		return 400;
	if (lf == (size_t)-1) {
		/* incomplete request line: fail early on what cannot be one */
		size_t i = at;

		while (i < len && is_tchar((unsigned char)buf[i]))
			i++;
		if (i < len && (buf[i] != ' ' || i == at) && buf[i] != '\r')
			return 400;
		if (i < len && buf[i] == ' ') {
			for (i++; i < len; i++)
				if ((unsigned char)buf[i] < ' ' &&
				    buf[i] != '\r')
					return 400;
		}
		return len >= HTTP_MAX_HEAD ? 414 : HTTP_INCOMPLETE;
	}
	if (lf >= HTTP_MAX_HEAD)
		return 414;
	*r = (struct http_req){ 0 };
	if ((err = request_line(buf + at, end - at, r)))
		return err;
	r->body_len = 0;
	for (at = lf + 1;; at = lf + 1) {
		lf = line_end(buf, at, len, &end);
		if (lf == (size_t)-2)
			return 400;
		if (lf == (size_t)-1)
			return len >= HTTP_MAX_HEAD ? 431 : HTTP_INCOMPLETE;
		if (lf >= HTTP_MAX_HEAD)
			return 431;
		if (end == at)
			break; /* the empty line: end of the head */
		if (++fields > HTTP_MAX_FIELDS)
			return 431;
		if (buf[at] == ' ' || buf[at] == '\t')
			return 400; /* obs-fold */
		for (colon = at;
		     colon < end && is_tchar((unsigned char)buf[colon]);
		     colon++)
			;
		if (colon == at || colon == end || buf[colon] != ':')
			return 400;
		for (vs = colon + 1;
		     vs < end && (buf[vs] == ' ' || buf[vs] == '\t'); vs++)
			;
		for (ve = end;
		     ve > vs && (buf[ve - 1] == ' ' || buf[ve - 1] == '\t');
		     ve--)
			;
		for (size_t i = vs; i < ve; i++)
			if (((unsigned char)buf[i] < ' ' && buf[i] != '\t') ||
			    buf[i] == 0x7f)
				return 400;
		if (eq_word(buf + at, colon - at, "content-length")) {
			if (content_length(buf + vs, ve - vs, &cl) ||
			    (have_cl && cl != r->body_len))
				return 400;
			have_cl = true;
			r->body_len = cl;
		} else if (eq_word(buf + at, colon - at, "transfer-encoding")) {
			return r->minor ? 501 : 400;
		} else if (eq_word(buf + at, colon - at, "connection")) {
			connection(buf + vs, ve - vs, r);
		} else if (eq_word(buf + at, colon - at, "host")) {
			hosts++;
		}
	}
	/* 3.2: HTTP/1.1 needs exactly one Host */
	if (r->minor >= 1 && hosts != 1)
		return 400;
	if (hosts > 1)
		return 400;
	r->head_len = lf + 1;
	return HTTP_OK;
}

const char *http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 431: return "Request Header Fields Too Large";
	case 501: return "Not Implemented";
	case 503: return "Service Unavailable";
	case 505: return "HTTP Version Not Supported";
	default: return "";
	}
}
