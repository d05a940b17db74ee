/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * httpd's request parser (apps/httpd/http.c) on the host, under ASan and
 * UBSan. Fixed cases check the answers RFC 9112 asks for; then random
 * rounds: valid heads (must parse, with the right path, length and
 * keep-alive), every prefix of one (must be incomplete, never an error),
 * mutated heads and random bytes (any answer, but no access outside the
 * buffer, which is allocated to its exact size). Driven by
 * test/unit/httpd-parse.test.ts:
 *
 *	httpd-parse-driver <seed> <rounds>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../../apps/httpd/http.h"
#include "../../apps/httpd/httpdate.h"

static unsigned int fails;
static uint32_t x;

static uint32_t rnd(void)
{
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return x;
}

/* Parse s[0..n) from an exact-size heap copy. */
static int parse(const char *s, size_t n, struct http_req *r)
{
	char *b = malloc(n ? n : 1);
	int st;

	memcpy(b, s, n);
	st = http_parse(b, n, r);
	if (st == HTTP_OK)
		r->path = NULL; /* points into b */
	free(b);
	return st;
}

static void expect(const char *name, const char *s, int want)
{
	struct http_req r;
	int st = parse(s, strlen(s), &r);

	if (st != want) {
		printf("FAIL %s: got %d, want %d\n", name, st, want);
		fails++;
	}
}

/* A head that must parse, with its method, path and flags. */
static void expect_req(const char *name, const char *s, enum http_method m,
		       const char *path, unsigned int minor, int ka,
		       int chunked, int cont)
{
	struct http_req r;
	size_t n = strlen(s);
	char *b = malloc(n);
	int st;

	memcpy(b, s, n);
	st = http_parse(b, n, &r);
	if (st != HTTP_OK || r.method != m || r.path_len != strlen(path) ||
	    memcmp(r.path, path, r.path_len) || r.minor != minor ||
	    r.keep_alive != !!ka || r.chunked != !!chunked ||
	    r.expect_continue != !!cont || r.asterisk != !strcmp(path, "*")) {
		printf("FAIL %s: st %d method %d path '%.*s' minor %u ka %d "
		       "chunked %d continue %d\n",
		       name, st, r.method, st == HTTP_OK ? (int)r.path_len : 0,
		       st == HTTP_OK ? r.path : "", r.minor, r.keep_alive,
		       r.chunked, r.expect_continue);
		fails++;
	}
	free(b);
}

#define H11 " HTTP/1.1\r\nHost: a\r\n"
#define TE(v) "POST /" H11 "Transfer-Encoding: " v "\r\n\r\n"

/* Methods, target forms, versions, Host, Transfer-Encoding, Expect. */
static void more_fixed(void)
{
	expect_req("options *", "OPTIONS *" H11 "\r\n", HTTP_OPTIONS, "*", 1, 1,
		   0, 0);
	expect_req("options path", "OPTIONS /x" H11 "\r\n", HTTP_OPTIONS, "/x",
		   1, 1, 0, 0);
	expect_req("post", "POST /p" H11 "\r\n", HTTP_KNOWN, "/p", 1, 1, 0, 0);
	expect_req("delete", "DELETE /p" H11 "\r\n", HTTP_KNOWN, "/p", 1, 1, 0,
		   0);
	expect_req("connect", "CONNECT a:443" H11 "\r\n", HTTP_KNOWN, "a:443",
		   1, 1, 0, 0);
	expect_req("unknown method", "BREW /" H11 "\r\n", HTTP_OTHER, "/", 1, 1,
		   0, 0);
	expect_req("lower-case get", "get /" H11 "\r\n", HTTP_OTHER, "/", 1, 1,
		   0, 0);
	expect_req("GETS", "GETS /" H11 "\r\n", HTTP_OTHER, "/", 1, 1, 0, 0);
	expect_req("https absolute", "GET HTTPS://a:1/b?c" H11 "\r\n", HTTP_GET,
		   "/b?c", 1, 1, 0, 0);
	expect_req("absolute, no path", "GET http://a" H11 "\r\n", HTTP_GET,
		   "/", 1, 1, 0, 0);
	expect_req("absolute, query only", "GET http://a?q" H11 "\r\n",
		   HTTP_GET, "/", 1, 1, 0, 0);
	expect_req("HTTP/1.2", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", HTTP_GET,
		   "/", 2, 1, 0, 0);
	expect_req("1.0 close", "GET / HTTP/1.0\r\n\r\n", HTTP_GET, "/", 0, 0,
		   0, 0);
	expect_req("1.1 close", "GET /" H11 "Connection: a, Close\r\n\r\n",
		   HTTP_GET, "/", 1, 0, 0, 0);
	expect_req("empty host", "GET / HTTP/1.1\r\nHost:\r\n\r\n", HTTP_GET,
		   "/", 1, 1, 0, 0);
	expect_req("host literal", "GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n",
		   HTTP_GET, "/", 1, 1, 0, 0);
	expect_req("chunked", TE("chunked"), HTTP_KNOWN, "/", 1, 1, 1, 0);
	expect_req("Chunked, OWS", TE(" , Chunked "), HTTP_KNOWN, "/", 1, 1, 1,
		   0);
	expect_req("continue", "PUT /" H11 "Expect: 100-Continue\r\n\r\n",
		   HTTP_KNOWN, "/", 1, 1, 0, 1);
	struct http_req r;
	static const char rg[] =
		"GET /" H11 "Range: bytes=1-2\r\nIf-Range: x\r\n\r\n";
	static const char rg2[] =
		"GET /" H11 "Range: bytes=1-2\r\nRange: bytes=3-4\r\n\r\n";

	if (parse(rg, sizeof(rg) - 1, &r) != HTTP_OK || !r.range ||
	    r.range_len != 9 || !r.if_range) {
		printf("FAIL range field\n");
		fails++;
	}
	if (parse(rg2, sizeof(rg2) - 1, &r) != HTTP_OK || r.range) {
		printf("FAIL two range fields\n");
		fails++;
	}
	expect_req("continue in 1.0",
		   "PUT / HTTP/1.0\r\nExpect: 100-continue\r\n\r\n", HTTP_KNOWN,
		   "/", 0, 0, 0, 0);
	expect("GET *", "GET *" H11 "\r\n", 400);
	expect("ftp absolute", "GET ftp://a/" H11 "\r\n", 400);
	expect("relative", "GET a/b" H11 "\r\n", 400);
	expect("HTTP/0.9", "GET / HTTP/0.9\r\nHost: a\r\n\r\n", 505);
	expect("HTTP/1.10", "GET / HTTP/1.10\r\nHost: a\r\n\r\n", 400);
	expect("http/1.1", "GET / http/1.1\r\nHost: a\r\n\r\n", 400);
	expect("trailing space", "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 400);
	expect("host space", "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", 400);
	expect("host slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400);
	expect("host userinfo", "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", 400);
	expect("1.0 two hosts", "GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n",
	       400);
	expect("te and cl",
	       "POST /" H11
	       "Transfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n",
	       400);
	expect("cl and te",
	       "POST /" H11
	       "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n",
	       400);
	expect("te in 1.0",
	       "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
	expect("gzip", TE("gzip"), 501);
	expect("gzip, chunked", TE("gzip, chunked"), 501);
	expect("chunked, gzip", TE("chunked, gzip"), 501);
	expect("identity", TE("identity"), 501);
	expect("chunked twice", TE("chunked, chunked"), 400);
	expect("two te lines",
	       "POST /" H11
	       "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
	       400);
	expect("chunked with a parameter", TE("chunked;a=b"), 400);
	expect("empty te", TE(""), 400);
	expect("same lengths",
	       "GET /" H11 "Content-Length: 3\r\nContent-Length: 3\r\n\r\n",
	       HTTP_OK);
	expect("length list", "GET /" H11 "Content-Length: 3, 3\r\n\r\n", 400);
	expect("negative length", "GET /" H11 "Content-Length: -1\r\n\r\n",
	       400);
	expect("empty length", "GET /" H11 "Content-Length:\r\n\r\n", 400);
	expect("no field name", "GET /" H11 ": v\r\n\r\n", 400);
	expect("tab before colon", "GET /" H11 "X\t: v\r\n\r\n", 400);
	expect("leading space field", "GET / HTTP/1.1\r\n Host: a\r\n\r\n",
	       400);
}

static void fixed(void)
{
	struct http_req r;
	char *big;
	int st;

	expect("get", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", HTTP_OK);
	expect("head", "HEAD /x?y HTTP/1.1\r\nHost: a\r\n\r\n", HTTP_OK);
	expect("bare LF", "GET / HTTP/1.1\nHost: a\n\n", HTTP_OK);
	expect("leading CRLF", "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
	       HTTP_OK);
	expect("absolute-form", "GET http://a/b HTTP/1.1\r\nHost: a\r\n\r\n",
	       HTTP_OK);
	expect("http/1.0 no host", "GET / HTTP/1.0\r\n\r\n", HTTP_OK);
	expect("other method", "DELETE / HTTP/1.1\r\nHost: a\r\n\r\n", HTTP_OK);
	expect("partial line", "GET / HT", HTTP_INCOMPLETE);
	expect("partial head", "GET / HTTP/1.1\r\nHost: a\r\n",
	       HTTP_INCOMPLETE);
	expect("garbage", "GARBAGE\r\n\r\n", 400);
	expect("early garbage", "\x01\x02", 400);
	expect("two spaces", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
	expect("bad target", "GET x HTTP/1.1\r\nHost: a\r\n\r\n", 400);
	expect("bad version", "GET / HTTX/1.1\r\nHost: a\r\n\r\n", 400);
	expect("version 2", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505);
	expect("no host", "GET / HTTP/1.1\r\n\r\n", 400);
	expect("two hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
	       400);
	expect("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400);
	expect("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n", 400);
	expect("bare CR", "GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", 400);
	expect("bad length",
	       "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n", 400);
	expect("two lengths",
	       "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
	       400);
	expect("chunked",
	       "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
	       HTTP_OK);
	more_fixed();
	static const char two[] =
		"GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\nContent-Length: 12\r\n\r\nGET";
	static const char ka10[] =
		"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";

	st = parse(two, sizeof(two) - 1, &r);
	if (st != HTTP_OK || r.keep_alive || r.body_len != 12 ||
	    r.head_len != sizeof(two) - 4 || r.method != HTTP_GET) {
		printf("FAIL close/length: %d ka %d len %llu head %zu\n", st,
		       r.keep_alive, (unsigned long long)r.body_len,
		       r.head_len);
		fails++;
	}
	st = parse(ka10, sizeof(ka10) - 1, &r);
	if (st != HTTP_OK || !r.keep_alive || r.minor != 0) {
		printf("FAIL 1.0 keep-alive\n");
		fails++;
	}
	big = malloc(70000);
	strcpy(big, "GET / HTTP/1.1\r\nHost: a\r\nX-Big: ");
	memset(big + strlen(big), 'a', 65536);
	big[strlen("GET / HTTP/1.1\r\nHost: a\r\nX-Big: ") + 65536] = 0;
	expect("64 KiB field", big, 431);
	strcpy(big, "GET /");
	memset(big + 5, 'a', 9000);
	big[9005] = 0;
	expect("long line", big, 414);
	big[0] = 0;
	for (int i = 0; i < 101; i++)
		strcat(big, i ? "X: y\r\n" : "GET / HTTP/1.1\r\nHost: a\r\n");
	strcat(big, "\r\n");
	expect("101 fields", big, 431);
	free(big);
}

static const char *const PATHS[] = { "/", "/status", "/a/b?c=d", "/%20" };

static size_t valid(char *b, size_t cap, const char **path, int *ka,
		    unsigned long *cl)
{
	int n;

	*path = PATHS[rnd() % 4];
	*ka = (int)(rnd() % 2);
	*cl = rnd() % 3 ? 0 : rnd() % 100000;
	n = snprintf(
		b, cap,
		"%s %s HTTP/1.1\r\nHost: h%u\r\nUser-Agent: t\t\r\n%s%s%.0lu%s\r\n",
		rnd() % 2 ? "GET" : "HEAD", *path, rnd() % 1000,
		*ka ? "" : "Connection: keep-alive, close\r\n",
		*cl ? "Content-Length: " : "", *cl, *cl ? "\r\n" : "");
	return (size_t)n;
}

/*
 * Feed body to a fresh decoder whole, then split at every offset: the
 * same answer each time, and for HTTP_CHUNKED_DONE the bytes used must
 * be body_len (what follows is the next request) and the data total.
 */
static int chunked_split(const char *body, size_t n, size_t *used,
			 uint64_t *total)
{
	struct http_chunked d = { 0 };
	size_t u = 0, k, u1, u2;
	int st, st1, first;
	char *b = malloc(n ? n : 1);

	memcpy(b, body, n);
	first = http_chunked_feed(&d, b, n, &u);
	*used = u;
	*total = d.total;
	for (k = 0; k <= n; k++) {
		d = (struct http_chunked){ 0 };
		u1 = u2 = 0;
		st1 = http_chunked_feed(&d, b, k, &u1);
		st = st1;
		if (st1 == HTTP_INCOMPLETE) {
			st = http_chunked_feed(&d, b + k, n - k, &u2);
			u1 += u2;
		}
		if (st != first || (st == HTTP_CHUNKED_DONE &&
				    (u1 != u || d.total != *total))) {
			printf("FAIL chunked split at %zu: %d (%zu) vs %d (%zu)\n",
			       k, st, u1, first, u);
			fails++;
			break;
		}
	}
	free(b);
	return first;
}

static void expect_chunked(const char *name, const char *body, int want,
			   size_t want_used, uint64_t want_total)
{
	size_t used;
	uint64_t total;
	int st = chunked_split(body, strlen(body), &used, &total);

	if (st != want || (st == HTTP_CHUNKED_DONE &&
			   (used != want_used || total != want_total))) {
		printf("FAIL chunked %s: %d used %zu total %llu\n", name, st,
		       used, (unsigned long long)total);
		fails++;
	}
}

static void chunked_fixed(void)
{
	static const char ok1[] = "5\r\nhello\r\n0\r\n\r\n";
	static const char ok2[] =
		"5;a=b;c\r\nhello\r\nA \t;x=\"y\"\r\n0123456789\r\n"
		"0\r\nT: v\r\nU:\r\n\r\n";
	static const char ok3[] = "3\nabc\n0\n\n";

	expect_chunked("simple", ok1, HTTP_CHUNKED_DONE, sizeof(ok1) - 1, 5);
	expect_chunked("then more", "5\r\nhello\r\n0\r\n\r\nGET",
		       HTTP_CHUNKED_DONE, sizeof(ok1) - 1, 5);
	expect_chunked("ext, trailer", ok2, HTTP_CHUNKED_DONE, sizeof(ok2) - 1,
		       15);
	expect_chunked("bare LF", ok3, HTTP_CHUNKED_DONE, sizeof(ok3) - 1, 3);
	expect_chunked("empty", "0\r\n\r\n", HTTP_CHUNKED_DONE, 5, 0);
	expect_chunked("leading zeros", "0005\r\nhello\r\n000\r\n\r\n",
		       HTTP_CHUNKED_DONE, 20, 5);
	expect_chunked("incomplete", "5\r\nhel", HTTP_INCOMPLETE, 0, 0);
	expect_chunked("no trailer end", "0\r\nT: v\r\n", HTTP_INCOMPLETE, 0,
		       0);
	expect_chunked("no digits", "\r\n", 400, 0, 0);
	expect_chunked("not hex", "zz\r\n", 400, 0, 0);
	expect_chunked("sign", "-1\r\n", 400, 0, 0);
	expect_chunked("junk after size", "5 x\r\n", 400, 0, 0);
	expect_chunked("no CRLF after data", "5\r\nhelloX", 400, 0, 0);
	expect_chunked("CR without LF", "5\rx", 400, 0, 0);
	expect_chunked("control in ext", "5;\x01\r\n", 400, 0, 0);
	expect_chunked("trailer without colon", "0\r\nbad trailer\r\n\r\n", 400,
		       0, 0);
	expect_chunked("trailer space name", " T: v\r\n\r\n", 400, 0, 0);
	expect_chunked("huge size", "1000000000000000\r\n", 400, 0, 0);
}

/* Random chunked bodies in random pieces: done, with the right counts. */
static void chunked_random(unsigned long rounds)
{
	char b[2048];
	size_t n, want_total, used, at, k;
	struct http_chunked d;
	unsigned int c;
	int st;

	for (unsigned long i = 0; i < rounds; i++) {
		n = 0;
		want_total = 0;
		for (c = rnd() % 5; c; c--) {
			k = rnd() % 200 + 1;
			n += (size_t)snprintf(b + n, sizeof(b) - n, "%zx%s\r\n",
					      k, rnd() % 3 ? "" : ";e=1");
			for (size_t j = 0; j < k; j++)
				b[n++] = (char)rnd();
			b[n++] = '\r';
			b[n++] = '\n';
			want_total += k;
		}
		n += (size_t)snprintf(b + n, sizeof(b) - n, "0\r\n%s\r\nNEXT",
				      rnd() % 2 ? "T: x\r\n" : "");
		d = (struct http_chunked){ 0 };
		at = 0;
		st = HTTP_INCOMPLETE;
		while (st == HTTP_INCOMPLETE && at < n) {
			k = rnd() % 64 + 1;
			if (k > n - at)
				k = n - at;
			st = http_chunked_feed(&d, b + at, k, &used);
			at += used;
		}
		if (st != HTTP_CHUNKED_DONE || at != n - 4 ||
		    d.total != want_total) {
			printf("FAIL chunked round %lu: %d at %zu of %zu\n", i,
			       st, at, n);
			fails++;
			return;
		}
		for (k = 0, n = rnd() % 256 + 1; k < n; k++) /* random bytes */
			b[k] = (char)(rnd() % 4 ? rnd() % 16 + '0' : rnd());
		d = (struct http_chunked){ 0 };
		(void)http_chunked_feed(&d, b, n, &used);
		if (used > n) {
			printf("FAIL chunked random used %zu > %zu\n", used, n);
			fails++;
			return;
		}
	}
}

/* Range values against a representation of size bytes. */
static void expect_range(const char *v, uint64_t size, int want, uint64_t f,
			 uint64_t l)
{
	uint64_t first = 99, last = 99;
	size_t n = strlen(v);
	char *b = malloc(n ? n : 1);
	int st;

	memcpy(b, v, n);
	st = http_range(b, n, size, &first, &last);
	if (st != want || (st == 206 && (first != f || last != l))) {
		printf("FAIL range '%s' of %llu: %d %llu-%llu\n", v,
		       (unsigned long long)size, st, (unsigned long long)first,
		       (unsigned long long)last);
		fails++;
	}
	free(b);
}

static void ranges(void)
{
	expect_range("bytes=0-4", 10, 206, 0, 4);
	expect_range("Bytes=2-", 10, 206, 2, 9);
	expect_range("bytes=5-100", 10, 206, 5, 9);
	expect_range("bytes=-3", 10, 206, 7, 9);
	expect_range("bytes=-30", 10, 206, 0, 9);
	expect_range("bytes=9-9", 10, 206, 9, 9);
	expect_range("bytes= 1-2 ", 10, 206, 1, 2);
	expect_range("bytes=10-", 10, 416, 0, 0);
	expect_range("bytes=10-20", 10, 416, 0, 0);
	expect_range("bytes=-0", 10, 416, 0, 0);
	expect_range("bytes=0-", 0, 416, 0, 0);
	expect_range("bytes=-5", 0, 416, 0, 0);
	expect_range("bytes=5-4", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=0-1,3-4", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=a-1", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=1", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=-", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("items=0-1", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes 0-1", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=0000000000000000001-2", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("bytes=0-99999999999999999999", 10, HTTP_RANGE_NONE, 0, 0);
	expect_range("", 10, HTTP_RANGE_NONE, 0, 0);
}

/* IMF-fixdate against known dates and the host's gmtime(). */
static void dates(unsigned long rounds)
{
	static const struct {
		uint64_t s;
		const char *want;
	} known[] = {
		{ 0, "Thu, 01 Jan 1970 00:00:00 GMT" },
		{ 784111777, "Sun, 06 Nov 1994 08:49:37 GMT" },
		{ 951782400, "Tue, 29 Feb 2000 00:00:00 GMT" },
		{ 4107542400u, "Mon, 01 Mar 2100 00:00:00 GMT" },
		{ 253402300799u, "Fri, 31 Dec 9999 23:59:59 GMT" },
		{ UINT64_MAX, "Fri, 31 Dec 9999 23:59:59 GMT" },
	};
	char out[HTTP_DATE_LEN + 1], want[64];
	struct tm tm;
	time_t t;

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		http_date(known[i].s, out);
		if (strcmp(out, known[i].want)) {
			printf("FAIL date %llu: %s\n",
			       (unsigned long long)known[i].s, out);
			fails++;
		}
	}
	for (unsigned long i = 0; i < rounds; i++) {
		t = (time_t)(((uint64_t)rnd() << 32 | rnd()) % 253402300800u);
		tm = *gmtime(&t);
		strftime(want, sizeof(want), "%a, %d %b %Y %H:%M:%S GMT", &tm);
		http_date((uint64_t)t, out);
		if (strcmp(out, want) || strlen(out) != HTTP_DATE_LEN) {
			printf("FAIL date %lld: %s, want %s\n", (long long)t,
			       out, want);
			fails++;
			return;
		}
	}
}

int main(int argc, char **argv)
{
	unsigned long rounds, i, cl;
	unsigned int ok = 0, errors = 0, incomplete = 0;
	char b[512], m[512];
	const char *path;
	struct http_req r;
	size_t n, k;
	int ka, st;

	if (argc != 3)
		return 2;
	x = (uint32_t)strtoul(argv[1], NULL, 10) * 2654435761u + 1;
	rounds = strtoul(argv[2], NULL, 10);
	fixed();
	chunked_fixed();
	ranges();
	chunked_random(rounds / 10);
	dates(rounds / 10);
	for (i = 0; i < rounds; i++) {
		n = valid(b, sizeof(b), &path, &ka, &cl);
		char *h = malloc(n);
		memcpy(h, b, n);
		st = http_parse(h, n, &r);
		if (st != HTTP_OK || r.head_len != n || r.keep_alive != !!ka ||
		    r.body_len != cl || r.path_len != strlen(path) ||
		    memcmp(r.path, path, r.path_len)) {
			printf("FAIL valid round %lu: %d\n%.*s", i, st, (int)n,
			       b);
			fails++;
		}
		free(h);
		k = rnd() % n; /* a prefix: incomplete, never an error */
		st = parse(b, k, &r);
		if (st != HTTP_INCOMPLETE) {
			printf("FAIL prefix %zu of round %lu: %d\n", k, i, st);
			fails++;
		}
		memcpy(m, b, n); /* mutated */
		for (k = rnd() % 4 + 1; k; k--)
			m[rnd() % n] = (char)rnd();
		st = parse(m, rnd() % 3 ? n : rnd() % n + 1, &r);
		ok += st == HTTP_OK;
		errors += st >= 400;
		incomplete += st == HTTP_INCOMPLETE;
		for (k = 0, n = rnd() % sizeof(m) + 1; k < n; k++) /* random */
			m[k] = (char)rnd();
		st = parse(m, n, &r);
		ok += st == HTTP_OK;
		errors += st >= 400;
		incomplete += st == HTTP_INCOMPLETE;
	}
	if (fails)
		return 1;
	printf("ok rounds %lu mutated-or-random ok %u errors %u incomplete %u\n",
	       rounds, ok, errors, incomplete);
	return 0;
}
