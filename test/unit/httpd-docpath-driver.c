/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * httpd's target-to-path mapping (apps/httpd/docpath.c) on the host,
 * under ASan and UBSan: fixed targets with the path or status each must
 * give, media types by extension, then random targets made of '/', '.',
 * '%', hex digits and letters, whose every mapped path must stay under
 * the root (no "." or ".." segment, no empty one). Driven by
 * test/unit/httpd-docpath.test.ts:
 *
 *	httpd-docpath-driver <seed> <rounds>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../apps/httpd/docpath.h"

static unsigned int fails;

static void expect_map(const char *t, int want, const char *path)
{
	char out[DOCPATH_MAX];
	int dir = -1, got;
	size_t n = strlen(t);
	char *copy = malloc(n ? n : 1); /* exact size: ASan sees overreads */

	memcpy(copy, t, n);
	got = docpath_map("/www", copy, n, out, sizeof(out), &dir);
	free(copy);
	if (got != want || (!got && strcmp(out, path))) {
		printf("FAIL %s: got %d '%s', want %d '%s'\n", t, got,
		       got ? "" : out, want, path ? path : "");
		fails++;
	}
}

static void expect_type(const char *p, const char *want)
{
	if (strcmp(docpath_type(p), want)) {
		printf("FAIL type %s: %s\n", p, docpath_type(p));
		fails++;
	}
}

/* Whether path is root + segments that are neither empty, "." nor "..". */
static int under_root(const char *p)
{
	const char *s;

	if (strncmp(p, "/www", 4))
		return 0;
	for (p += 4; *p; p = s) {
		if (*p != '/')
			return 0;
		for (s = ++p; *s && *s != '/'; s++)
			;
		if (s == p || (s - p == 1 && *p == '.') ||
		    (s - p == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
	}
	return 1;
}

int main(int argc, char **argv)
{
	static const char alphabet[] = "/./.%2e%2E%2f%2F..aZ%00%zz?#";
	unsigned int seed = argc > 1 ? (unsigned int)atoi(argv[1]) : 1;
	unsigned int rounds = argc > 2 ? (unsigned int)atoi(argv[2]) : 1000;
	unsigned int i, ok = 0, refused = 0;
	char t[64], out[DOCPATH_MAX];
	int dir;

	expect_map("/", 0, "/www");
	expect_map("/hello.txt", 0, "/www/hello.txt");
	expect_map("/a//b/./c", 0, "/www/a/b/c");
	expect_map("/a%20b", 0, "/www/a b");
	expect_map("/x?y=../..", 0, "/www/x");
	expect_map("/x#..", 0, "/www/x");
	expect_map("/a%2Fb", 0, "/www/a/b");
	expect_map("/..", 403, NULL);
	expect_map("/../etc/passwd", 403, NULL);
	expect_map("/a/../b", 403, NULL);
	expect_map("/%2e%2e/etc", 403, NULL);
	expect_map("/%2E%2E", 403, NULL);
	expect_map("/.%2e/x", 403, NULL);
	expect_map("/a%2f..%2fb", 403, NULL);
	expect_map("/a/..?q", 403, NULL);
	expect_map("/...", 0, "/www/...");
	expect_map("/..a", 0, "/www/..a");
	expect_map("/%zz", 400, NULL);
	expect_map("/%2", 400, NULL);
	expect_map("/%", 400, NULL);
	expect_map("/a%00b", 400, NULL);
	expect_map("/a%0ab", 400, NULL);
	expect_map("x", 400, NULL);
	expect_map("*", 400, NULL);
	expect_map("", 400, NULL);
	expect_type("/www/a.html", "text/html; charset=utf-8");
	expect_type("/www/a.HTM", "text/html; charset=utf-8");
	expect_type("/www/a.txt", "text/plain; charset=utf-8");
	expect_type("/www/logo.svg", "image/svg+xml");
	expect_type("/www/x.png", "image/png");
	expect_type("/www/x.tar.gz", "application/octet-stream");
	expect_type("/www/x.d/README", "application/octet-stream");
	expect_type("/www/.htmlx", "application/octet-stream");

	srand(seed);
	for (i = 0; i < rounds; i++) {
		size_t n = 1 + (size_t)rand() % (sizeof(t) - 2), k;
		int got;

		t[0] = '/';
		for (k = 1; k < n; k++)
			t[k] = alphabet[rand() % (sizeof(alphabet) - 1)];
		got = docpath_map("/www", t, n, out, sizeof(out), &dir);
		if (got == 0) {
			ok++;
			if (!under_root(out)) {
				printf("FAIL %.*s -> %s\n", (int)n, t, out);
				fails++;
			}
		} else if (got == 400 || got == 403) {
			refused++;
		} else {
			printf("FAIL %.*s: %d\n", (int)n, t, got);
			fails++;
		}
	}
	printf("%s rounds %u mapped %u refused %u\n", fails ? "FAIL" : "ok",
	       rounds, ok, refused);
	return fails ? 1 : 0;
}
