/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Request targets to file paths (RFC 9110 4.2.3, RFC 3986 2.1 and 6.2.2:
 * percent-decoding and dot segments) and media types by extension.
 * Decoding comes before the split, so "%2e%2e", "%2F" and ".%2E" are
 * seen as what they decode to; ".." is refused rather than resolved, so
 * no target can climb above the root whatever its spelling.
 */
#include "docpath.h"

static int hex(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Append the segment s[0..n) as "/s" to out at *at; 414 if no room. */
static int put_segment(char *out, size_t size, size_t *at, const char *s,
		       size_t n)
{
	if (*at + 1 + n + 1 > size)
		return 414;
	out[(*at)++] = '/';
	__builtin_memcpy(out + *at, s, n);
	*at += n;
	return 0;
}

int docpath_map(const char *root, const char *t, size_t n, char *out,
		size_t size, int *dir)
{
	char dec[DOCPATH_MAX];
	size_t i, m = 0, at = 0, s;
	int h, l, err;

	for (i = 0; i < n && t[i] != '?' && t[i] != '#'; i++) {
		unsigned char c = (unsigned char)t[i];

		if (c == '%') {
			if (i + 2 >= n ||
			    (h = hex((unsigned char)t[i + 1])) < 0 ||
			    (l = hex((unsigned char)t[i + 2])) < 0)
				return 400;
			c = (unsigned char)(h * 16 + l);
			i += 2;
		}
		if (c < 0x20 || c == 0x7f)
			return 400;
		if (m + 1 >= sizeof(dec))
			return 414;
		dec[m++] = (char)c;
	}
	if (!m || dec[0] != '/')
		return 400;
	*dir = dec[m - 1] == '/';
	while (root[at]) {
		if (at + 1 >= size)
			return 414;
		out[at] = root[at];
		at++;
	}
	while (at > 0 && out[at - 1] == '/')
		at--; /* root "/" or "/www/": no doubled slash */
	for (i = 0; i < m;) {
		while (i < m && dec[i] == '/')
			i++;
		for (s = i; i < m && dec[i] != '/'; i++)
			;
		if (i == s || (i - s == 1 && dec[s] == '.'))
			continue;
		if (i - s == 2 && dec[s] == '.' && dec[s + 1] == '.')
			return 403;
		if ((err = put_segment(out, size, &at, dec + s, i - s)))
			return err;
	}
	if (!at) {
		if (size < 2)
			return 414;
		out[at++] = '/';
	}
	out[at] = '\0';
	return 0;
}

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Whether the extension e (after the dot) is the lower-case word w. */
static int ext_is(const char *e, const char *w)
{
	while (*e && *w && lower((unsigned char)*e) == (unsigned char)*w)
		e++, w++;
	return !*e && !*w;
}

const char *docpath_type(const char *path)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
		{ "html", "text/html; charset=utf-8" },
		{ "htm", "text/html; charset=utf-8" },
		{ "txt", "text/plain; charset=utf-8" },
		{ "css", "text/css; charset=utf-8" },
		{ "js", "text/javascript; charset=utf-8" },
		{ "json", "application/json" },
		{ "xml", "application/xml" },
		{ "svg", "image/svg+xml" },
		{ "png", "image/png" },
		{ "jpg", "image/jpeg" },
		{ "jpeg", "image/jpeg" },
		{ "gif", "image/gif" },
		{ "webp", "image/webp" },
		{ "ico", "image/vnd.microsoft.icon" },
		{ "wasm", "application/wasm" },
		{ "pdf", "application/pdf" },
	};
	const char *dot = 0, *p;
	size_t k;

	for (p = path; *p; p++) {
		if (*p == '/')
			dot = 0;
		else if (*p == '.')
			dot = p;
	}
	if (dot)
		for (k = 0; k < sizeof(types) / sizeof(types[0]); k++)
			if (ext_is(dot + 1, types[k].ext))
				return types[k].type;
	return "application/octet-stream";
}
