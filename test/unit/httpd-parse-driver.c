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
#include "../../apps/httpd/http.h"

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
	       501);
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
