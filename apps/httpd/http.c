/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The HTTP/1.1 request-head parser (RFC 9112 sections 2-3, 5-6): request
 * line, header fields, Content-Length, Connection, Host. Lines end in
 * CRLF or a bare LF (2.2 allows recognising it); a bare CR, obs-fold,
 * whitespace before a field's colon and control characters are errors.
 * Empty lines before the request line are skipped (2.2). Also the
 * chunked body reader (7.1), which only frames the body: the data is
 * counted, not kept.
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

/* The method token m[0..n) (case-sensitive, RFC 9110 9.1). */
static enum http_method method(const char *m, size_t n)
{
	static const char *const known[] = { "POST",  "PUT",   "DELETE",
					     "PATCH", "TRACE", "CONNECT" };
	size_t i;

	if (n == 3 && !__builtin_memcmp(m, "GET", 3))
		return HTTP_GET;
	if (n == 4 && !__builtin_memcmp(m, "HEAD", 4))
		return HTTP_HEAD;
	if (n == 7 && !__builtin_memcmp(m, "OPTIONS", 7))
		return HTTP_OPTIONS;
	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (__builtin_strlen(known[i]) == n &&
		    !__builtin_memcmp(m, known[i], n))
			return HTTP_KNOWN;
	return HTTP_OTHER;
}

/*
 * The request-target (RFC 9112 3.2): origin-form; absolute-form with
 * an http or https scheme (3.2.2: a server must accept it), reduced to
 * its path ("/" when it has none); asterisk-form for OPTIONS; anything
 * for CONNECT (authority-form, answered 405 anyway).
 */
static int target(struct http_req *r, bool connect)
{
	const char *t = r->path;
	size_t n = r->path_len, k;

	if (connect)
		return 0;
	if (t[0] == '/')
		return 0;
	if (n == 1 && t[0] == '*') {
		r->asterisk = true;
		return r->method == HTTP_OPTIONS ? 0 : 400;
	}
	if (n > 7 && eq_word(t, 7, "http://"))
		k = 7;
	else if (n > 8 && eq_word(t, 8, "https://"))
		k = 8;
	else
		return 400;
	while (k < n && t[k] != '/' && t[k] != '?' && t[k] != '#')
		k++;
	if (k == n || t[k] != '/') {
		r->path = "/"; /* no path: the query cannot matter for a file */
		r->path_len = 1;
	} else {
		r->path += k;
		r->path_len -= k;
	}
	return 0;
}

/* The request line buf[0..n): method SP request-target SP HTTP-version. */
static int request_line(const char *buf, size_t n, struct http_req *r)
{
	size_t i = 0, m, t0;
	int err;

	while (i < n && is_tchar((unsigned char)buf[i]))
		i++;
	m = i;
	if (!m || i >= n || buf[i] != ' ')
		return 400;
	r->method = method(buf, m);
	t0 = ++i;
	while (i < n && (unsigned char)buf[i] > ' ' && buf[i] != 0x7f)
		i++;
	if (i == t0 || i >= n || buf[i] != ' ')
		return 400;
	r->path = buf + t0;
	r->path_len = i - t0;
	i++;
	/* HTTP-version = "HTTP" "/" DIGIT "." DIGIT, case-sensitive (2.3) */
	if (n - i != 8 || __builtin_memcmp(buf + i, "HTTP/", 5) ||
	    buf[i + 5] < '0' || buf[i + 5] > '9' || buf[i + 6] != '.' ||
	    buf[i + 7] < '0' || buf[i + 7] > '9')
		return 400;
	if (buf[i + 5] != '1')
		return 505;
	r->minor = (unsigned int)(buf[i + 7] - '0');
	r->keep_alive = r->minor >= 1;
	if ((err = target(r, m == 7 && !__builtin_memcmp(buf, "CONNECT", 7))))
		return err;
	return 0;
}

/*
 * A Host value (RFC 9110 7.2: uri-host [ ":" port ], maybe empty): only
 * the characters of a reg-name, an IPv4 address or an IP-literal, and a
 * colon; no whitespace, "/", "@" or "?".
 */
static bool host_ok(const char *v, size_t n)
{
	static const char other[] = "-._~%!$&'()*+,;=:[]";
	size_t i, k;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)v[i];

		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z'))
			continue;
		for (k = 0; other[k] && (unsigned char)other[k] != c; k++)
			;
		if (!other[k])
			return false;
	}
	return true;
}

/* Transfer-Encoding so far, over all its field lines (RFC 9112 6.1). */
struct te {
	bool seen;
	unsigned int codings, chunked;
	bool last_chunked, unknown;
};

/* One Transfer-Encoding field value: a list of codings, each maybe
 * with parameters (";" ...); empty list elements do not count. */
static void transfer_encoding(const char *v, size_t n, struct te *te)
{
	size_t i = 0, s, e;

	te->seen = true;
	while (i < n) {
		while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
			i++;
		if (i >= n)
			break;
		s = i;
		while (i < n && v[i] != ',')
			i++;
		e = s;
		while (e < i && is_tchar((unsigned char)v[e]))
			e++;
		te->codings++;
		te->last_chunked = eq_word(v + s, e - s, "chunked");
		if (te->last_chunked) {
			te->chunked++;
			while (e < i && (v[e] == ' ' || v[e] == '\t'))
				e++;
			if (e != i) /* chunked takes no parameters */
				te->unknown = true;
		} else {
			te->unknown = true;
		}
	}
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
	unsigned int ranges = 0;
	struct te te = { 0 };
	uint64_t cl;
	int err;

	*r = (struct http_req){ 0 };
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
			transfer_encoding(buf + vs, ve - vs, &te);
		} else if (eq_word(buf + at, colon - at, "connection")) {
			connection(buf + vs, ve - vs, r);
		} else if (eq_word(buf + at, colon - at, "host")) {
			hosts++;
			if (!host_ok(buf + vs, ve - vs))
				return 400;
		} else if (eq_word(buf + at, colon - at, "range")) {
			r->range = ++ranges == 1 ? buf + vs : NULL;
			r->range_len = ve - vs;
		} else if (eq_word(buf + at, colon - at, "if-range")) {
			r->if_range = true;
		} else if (eq_word(buf + at, colon - at, "expect")) {
			/* 100-continue is the only expectation (RFC 9110
			 * 10.1.1); an HTTP/1.0 request's is ignored */
			if (eq_word(buf + vs, ve - vs, "100-continue") &&
			    r->minor >= 1)
				r->expect_continue = true;
		}
	}
	/* 3.2: exactly one Host in HTTP/1.1, at most one in HTTP/1.0 */
	if ((r->minor >= 1 && hosts != 1) || hosts > 1)
		return 400;
	if (te.seen) {
		/* 6.1: in HTTP/1.0 the framing is faulty; 6.3: with a
		 * Content-Length the message is a smuggling risk */
		if (!r->minor || have_cl)
			return 400;
		if (te.unknown && te.codings > te.chunked)
			return 501; /* a coding we do not implement */
		/* 6.3: chunked must be last, and once (7: not twice) */
		if (te.unknown || te.chunked != 1 || !te.last_chunked)
			return 400;
		r->chunked = true;
	}
	r->head_len = lf + 1;
	return HTTP_OK;
}

/* 1*DIGIT at v[*i..n), at most 18 digits; false if none or too many. */
static bool digits(const char *v, size_t n, size_t *i, uint64_t *out)
{
	size_t s = *i;

	*out = 0;
	while (*i < n && v[*i] >= '0' && v[*i] <= '9') {
		if (*i - s == 18)
			return false;
		*out = *out * 10 + (uint64_t)(v[(*i)++] - '0');
	}
	return *i > s;
}

int http_range(const char *v, size_t n, uint64_t size, uint64_t *first,
	       uint64_t *last)
{
	size_t i = 6;
	uint64_t a = 0, b = 0;
	bool suffix, have_last = false;

	if (n < 7 || !eq_word(v, 6, "bytes="))
		return HTTP_RANGE_NONE;
	while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
		i++; /* empty list elements (RFC 9110 5.6.1) */
	suffix = i < n && v[i] == '-';
	if (suffix) {
		i++;
		if (!digits(v, n, &i, &b))
			return HTTP_RANGE_NONE;
	} else {
		if (!digits(v, n, &i, &a) || i >= n || v[i++] != '-')
			return HTTP_RANGE_NONE;
		have_last = digits(v, n, &i, &b);
		if (i < n && v[i] >= '0' && v[i] <= '9')
			return HTTP_RANGE_NONE; /* too many digits */
		if (have_last && b < a)
			return HTTP_RANGE_NONE; /* invalid: ignored */
	}
	while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == ','))
		i++;
	if (i < n)
		return HTTP_RANGE_NONE; /* more than one range, or junk */
	if (suffix) {
		if (!b || !size)
			return 416;
		*first = b < size ? size - b : 0;
		*last = size - 1;
		return 206;
	}
	if (a >= size)
		return 416;
	*first = a;
	*last = have_last && b < size ? b : size - 1;
	return 206;
}

const char *http_reason(int status)
{
	switch (status) {
	case 100: return "Continue";
	case 200: return "OK";
	case 206: return "Partial Content";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 416: return "Range Not Satisfiable";
	case 431: return "Request Header Fields Too Large";
	case 501: return "Not Implemented";
	case 503: return "Service Unavailable";
	case 505: return "HTTP Version Not Supported";
	default: return "";
	}
}

enum {
	CH_SIZE,    /* hex digits of chunk-size */
	CH_EXT,	    /* after the size: BWS, then ";" or the line end */
	CH_EXT_IN,  /* inside chunk-ext, up to the line end */
	CH_SIZE_LF, /* CR seen at the end of the size line */
	CH_DATA,    /* chunk-data */
	CH_DATA_CR, /* the CRLF after the data */
	CH_DATA_LF,
	CH_TRAILER,	 /* at the start of a trailer line (or the end) */
	CH_TRAILER_NAME, /* a trailer field's name, up to its ":" */
	CH_TRAILER_IN,	 /* a trailer field's value */
	CH_END_LF,	 /* CR of the final empty line seen */
};

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* A byte of a chunk-ext or trailer line: VCHAR, obs-text, SP or HTAB. */
static bool line_byte(unsigned char c)
{
	return c == '\t' || (c >= ' ' && c != 0x7f);
}

int http_chunked_feed(struct http_chunked *d, const char *buf, size_t len,
		      size_t *used)
{
	size_t i = 0, n;
	int h;

	*used = 0;
	while (i < len) {
		unsigned char c = (unsigned char)buf[i];

		switch (d->state) {
		case CH_SIZE:
			if ((h = hexval(c)) >= 0) {
				if (d->size >> 56) /* 2^60 and up */
					return 400;
				d->size = d->size * 16 + (uint64_t)h;
				if (++d->line > HTTP_MAX_HEAD)
					return 400;
				i++;
				continue;
			}
			if (!d->line)
				return 400; /* no digit */
			d->state = CH_EXT;
			continue;
		case CH_EXT:
		case CH_EXT_IN:
			i++;
			if (++d->line > HTTP_MAX_HEAD)
				return 400;
			if (c == '\r')
				d->state = CH_SIZE_LF;
			else if (c == '\n')
				goto size_line_end;
			else if (d->state == CH_EXT_IN && !line_byte(c))
				return 400;
			else if (d->state == CH_EXT && c == ';')
				d->state = CH_EXT_IN;
			else if (d->state == CH_EXT && c != ' ' && c != '\t')
				return 400; /* only BWS before the ";" */
			continue;
		case CH_SIZE_LF:
			if (c != '\n')
				return 400;
			i++;
		size_line_end:
			d->line = 0;
			d->state = d->size ? CH_DATA : CH_TRAILER;
			continue;
		case CH_DATA:
			n = len - i;
			if (n > d->size)
				n = (size_t)d->size;
			i += n;
			d->size -= n;
			d->total += n;
			if (!d->size)
				d->state = CH_DATA_CR;
			continue;
		case CH_DATA_CR:
			i++;
			if (c == '\r')
				d->state = CH_DATA_LF;
			else if (c == '\n')
				d->state = CH_SIZE;
			else
				return 400;
			continue;
		case CH_DATA_LF:
			if (c != '\n')
				return 400;
			i++;
			d->state = CH_SIZE;
			continue;
		case CH_TRAILER:
			i++;
			if (c == '\n') {
				*used = i;
				return HTTP_CHUNKED_DONE;
			}
			if (c == '\r') {
				d->state = CH_END_LF;
			} else if (!is_tchar(c)) {
				return 400; /* a field line starts with its name */
			} else {
				d->state = CH_TRAILER_NAME;
			}
			continue;
		case CH_TRAILER_NAME:
			i++;
			if (++d->trailer > HTTP_MAX_HEAD)
				return 400;
			if (c == ':')
				d->state = CH_TRAILER_IN;
			else if (!is_tchar(c))
				return 400;
			continue;
		case CH_TRAILER_IN:
			i++;
			if (++d->trailer > HTTP_MAX_HEAD)
				return 400;
			if (c == '\n')
				d->state = CH_TRAILER;
			else if (!line_byte(c) && c != '\r')
				return 400;
			continue;
		case CH_END_LF:
			if (c != '\n')
				return 400;
			*used = i + 1;
			return HTTP_CHUNKED_DONE;
		default: return 400;
		}
	}
	*used = len;
	return HTTP_INCOMPLETE;
}
