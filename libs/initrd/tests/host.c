/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host test of the cpio newc reader (uk/cpio.h), built for the build
 * machine by the plugin's host-test target.
 *
 *   host         archives built in memory: members read back, every
 *                truncation rejected, bad magic/field/name/".." caught
 *   host FILE    read FILE (e.g. from `cpio -o -H newc`), list it, exit 0
 *                if it parses to its trailer
 *
 * Archives live in buffers of exactly their size, so a read past the end
 * is caught by the address sanitizer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/cpio.h>

static int failed, passed;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (cond) {                                                    \
			passed++;                                              \
		} else {                                                       \
			failed++;                                              \
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		}                                                              \
	} while (0)

/* Append one member to a[*n]; returns the new length. */
static size_t member(char *a, size_t n, const char *name, unsigned mode,
		     const char *data, size_t size)
{
	size_t nl = strlen(name) + 1;

	n += (size_t)sprintf(
		a + n,
		"070701%08X%08X%08X%08X%08X%08X%08zX%08X%08X%08X%08X%08zX%08X",
		1u, mode, 0u, 0u, 1u, 1700000000u, size, 0u, 0u, 0u, 0u, nl,
		0u);
	memcpy(a + n, name, nl);
	n += nl;
	while (n % 4)
		a[n++] = '\0';
	memcpy(a + n, data, size);
	n += size;
	while (n % 4)
		a[n++] = '\0';
	return n;
}

static size_t trailer(char *a, size_t n)
{
	return member(a, n, "TRAILER!!!", 0, "", 0);
}

/* Copy a[0..n) into a buffer of exactly n bytes. */
static char *exact(const char *a, size_t n)
{
	char *b = malloc(n ? n : 1);

	memcpy(b, a, n);
	return b;
}

/* Read every member; the last uk_cpio_next() result, members in *count. */
static int walk(const char *a, size_t n, int *count)
{
	struct uk_cpio_entry e;
	size_t off = 0;
	int r;

	*count = 0;
	while ((r = uk_cpio_next(a, n, &off, &e)) == 1)
		(*count)++;
	return r;
}

static size_t sample(char *a)
{
	size_t n = 0;

	n = member(a, n, ".", 040755, "", 0);
	n = member(a, n, "./www", 040755, "", 0);
	n = member(a, n, "./www/index.html", 0100644, "<h1>hi</h1>\n", 12);
	n = member(a, n, "www/link", 0120777, "index.html", 10);
	n = member(a, n, "/abs/..x", 0100600, "odd", 3);
	return trailer(a, n);
}

static void test_reads_members(void)
{
	static char a[4096];
	struct uk_cpio_entry e;
	size_t n = sample(a), off = 0;
	char *b = exact(a, n);

	CHECK(uk_cpio_next(b, n, &off, &e) == 1 && strcmp(e.name, "") == 0);
	CHECK(uk_cpio_next(b, n, &off, &e) == 1 && strcmp(e.name, "www") == 0 &&
	      e.mode == 040755);
	CHECK(uk_cpio_next(b, n, &off, &e) == 1 &&
	      strcmp(e.name, "www/index.html") == 0);
	CHECK(e.size == 12 && memcmp(e.data, "<h1>hi</h1>\n", 12) == 0 &&
	      e.mtime == 1700000000u);
	CHECK(uk_cpio_next(b, n, &off, &e) == 1 && e.size == 10 &&
	      (e.mode & UK_CPIO_S_IFMT) == UK_CPIO_S_IFLNK);
	CHECK(uk_cpio_next(b, n, &off, &e) == 1 &&
	      strcmp(e.name, "abs/..x") == 0);
	CHECK(uk_cpio_next(b, n, &off, &e) == 0 && off == n);
	free(b);
}

static void test_every_truncation(void)
{
	static char a[4096];
	size_t n = sample(a), cut;
	int count, r, ok = 1;

	for (cut = 0; cut < n; cut++) {
		char *b = exact(a, cut);

		r = walk(b, cut, &count);
		/* Only a cut inside the trailer's padding may still parse. */
		if (r >= 0 && cut < n - 3)
			ok = 0;
		if (r < 0 && r != UK_CPIO_ETRUNC)
			ok = 0;
		free(b);
	}
	CHECK(ok);
}

static void test_rejects(void)
{
	static char a[4096];
	size_t n;
	int count;

	n = member(a, 0, "x", 0100644, "y", 1);
	CHECK(walk(a, n, &count) == UK_CPIO_ETRUNC &&
	      count == 1); /* no trailer */

	n = trailer(a, member(a, 0, "x", 0100644, "y", 1));
	memcpy(a, "070707", 6); /* odc, not newc */
	CHECK(walk(a, n, &count) == UK_CPIO_EMAGIC && count == 0);
	memcpy(a, "070701", 6);
	a[6 + 8 + 3] = 'g'; /* mode field */
	CHECK(walk(a, n, &count) == UK_CPIO_EHEADER);

	n = trailer(a, member(a, 0, "../etc/passwd", 0100644, "y", 1));
	CHECK(walk(a, n, &count) == UK_CPIO_EDOTDOT);
	n = trailer(a, member(a, 0, "a/../../b", 0100644, "y", 1));
	CHECK(walk(a, n, &count) == UK_CPIO_EDOTDOT);
	n = trailer(a, member(a, 0, "a/..", 040755, "", 0));
	CHECK(walk(a, n, &count) == UK_CPIO_EDOTDOT);

	n = trailer(a, member(a, 0, "abc", 0100644, "y", 1));
	memcpy(a + 6 + 8 * 11, "00000000", 8); /* namesize 0 */
	CHECK(walk(a, n, &count) == UK_CPIO_ENAME);
	n = trailer(a, member(a, 0, "abc", 0100644, "y", 1));
	memcpy(a + 6 + 8 * 11, "00000003", 8); /* name without its NUL */
	CHECK(walk(a, n, &count) == UK_CPIO_ENAME);

	n = trailer(a, member(a, 0, "big", 0100644, "y", 1));
	memcpy(a + 6 + 8 * 6, "7FFFFFFF", 8); /* file size past the end */
	CHECK(walk(a, n, &count) == UK_CPIO_ETRUNC);
	CHECK(walk(a, 0, &count) == UK_CPIO_ETRUNC);
	CHECK(walk("garbage", 7, &count) ==
	      UK_CPIO_EMAGIC); /* short, not truncated */
	CHECK(walk("0707", 4, &count) == UK_CPIO_ETRUNC);
	CHECK(strcmp(uk_cpio_strerror(UK_CPIO_EDOTDOT),
		     "member name with a '..' component") == 0);
}

static int list_file(const char *path)
{
	struct uk_cpio_entry e;
	size_t off = 0, n;
	FILE *f = fopen(path, "rb");
	char *buf;
	long sz;
	int r;

	if (!f)
		return 2;
	fseek(f, 0, SEEK_END);
	sz = ftell(f);
	rewind(f);
	buf = malloc(sz ? (size_t)sz : 1);
	n = fread(buf, 1, (size_t)sz, f);
	fclose(f);
	while ((r = uk_cpio_next(buf, n, &off, &e)) == 1)
		printf("%06lo %8zu %s\n", e.mode, e.size, e.name);
	if (r < 0)
		printf("error at byte %zu: %s\n", off, uk_cpio_strerror(r));
	free(buf);
	return r == 0 ? 0 : 1;
}

int main(int argc, char *argv[])
{
	if (argc > 1)
		return list_file(argv[1]);
	test_reads_members();
	test_every_truncation();
	test_rejects();
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
