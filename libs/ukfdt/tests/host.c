/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host test driver for ukfdt (test/unit/ukfdt.test.ts compiles it with
 * the library for the build machine, with sanitizers).
 *
 *   host FILE          check FILE, then print what a kernel reads from it
 *   host --mutate FILE [STRIDE]
 *                      check one-byte corruptions of FILE (every byte of
 *                      the header, then every STRIDE-th byte, default 1)
 *                      and read whatever passes the check: must never
 *                      crash
 *
 * The blob lives in a buffer of exactly the file's size, so a read past
 * it is caught by the address sanitizer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/fdt.h>

static unsigned char *load(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		perror(path);
		exit(2);
	}
	buf = malloc(n ? (size_t)n : 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		perror(path);
		exit(2);
	}
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* Full path of node into buf (walking parents). */
static void path_of(const void *fdt, int node, char *buf, size_t len)
{
	char tmp[512];
	int parent = uk_fdt_parent(fdt, node);
	const char *name = uk_fdt_node_name(fdt, node);

	if (parent < 0) {
		snprintf(buf, len, "/");
		return;
	}
	path_of(fdt, parent, tmp, sizeof(tmp));
	snprintf(buf, len, "%s%s%s", tmp, strcmp(tmp, "/") ? "/" : "",
		 name ? name : "?");
}

/* Everything a kernel would read; prints when verbose. */
static unsigned int read_all(const void *fdt, int verbose)
{
	unsigned int nodes = 0, i, ac, sc;
	uint64_t a, s;
	const char *str;
	char path[512];
	int node, depth = 0, maxdepth = 0, err, found;

	str = uk_fdt_bootargs(fdt);
	if (verbose)
		printf("bootargs: %s\n", str ? str : "(none)");
	for (i = 0; !(err = uk_fdt_memory(fdt, i, &a, &s)); i++)
		if (verbose)
			printf("memory: 0x%llx 0x%llx\n", (unsigned long long)a,
			       (unsigned long long)s);
	if (verbose)
		printf("memory-end: %s\n", uk_fdt_strerror(err));
	node = uk_fdt_path_offset(fdt, "/");
	if (!uk_fdt_cells(fdt, node, &ac, &sc) && verbose)
		printf("root-cells: %u %u\n", ac, sc);
	str = uk_fdt_prop_string(fdt, uk_fdt_path_offset(fdt, "/psci"),
				 "method");
	if (verbose)
		printf("psci-method: %s\n", str ? str : "(none)");
	node = uk_fdt_path_offset(fdt, "/pl011");
	if (!uk_fdt_reg(fdt, node, 0, &a, &s) && verbose)
		printf("pl011: 0x%llx 0x%llx\n", (unsigned long long)a,
		       (unsigned long long)s);
	found = uk_fdt_path_offset(fdt, "/no/such/node");
	if (verbose)
		printf("missing: %s\n", uk_fdt_strerror(found));

	for (node = uk_fdt_next_node(fdt, -1, &depth); node >= 0;
	     node = uk_fdt_next_node(fdt, node, &depth)) {
		nodes++;
		if (depth > maxdepth)
			maxdepth = depth;
		/* Every node is found again by its own path (slow: verbose only). */
		if (verbose) {
			path_of(fdt, node, path, sizeof(path));
			if (uk_fdt_path_offset(fdt, path) != node)
				printf("path-mismatch: %s\n", path);
		}
		uk_fdt_node_name(fdt, node);
		uk_fdt_parent(fdt, node);
		for (i = 0; !uk_fdt_reg(fdt, node, i, &a, &s); i++)
			;
	}
	if (verbose)
		printf("nodes: %u\nmax-depth: %d\n", nodes, maxdepth);
	return nodes;
}

static int mutate(unsigned char *buf, size_t len, size_t stride)
{
	static const unsigned char values[] = { 0x00, 0xff, 0x01, 0x80, 0x7f };
	unsigned long accepted = 0, rejected = 0;
	size_t pos, limit = len;
	unsigned int v;
	unsigned char old;

	/* Past the used part of the blob, bytes are padding: skip them. */
	if (len >= 40 && !uk_fdt_check(buf, len))
		limit = (buf[8] << 24 | buf[9] << 16 | buf[10] << 8 | buf[11]) +
			(buf[36] << 24 | buf[37] << 16 | buf[38] << 8 | buf[39]);
	if (limit > len)
		limit = len;
	for (pos = 0; pos < limit; pos += pos < 64 ? 1 : stride) {
		old = buf[pos];
		for (v = 0; v < sizeof(values); v++) {
			buf[pos] = old ^ values[v];
			if (buf[pos] == old)
				continue;
			if (uk_fdt_check(buf, len)) {
				rejected++;
			} else {
				accepted++;
				read_all(buf, 0);
			}
		}
		buf[pos] = old;
	}
	printf("mutations: %lu accepted, %lu rejected\n", accepted, rejected);
	return 0;
}

int main(int argc, char **argv)
{
	unsigned char *buf;
	size_t len;
	int err;

	if ((argc == 3 || argc == 4) && !strcmp(argv[1], "--mutate")) {
		buf = load(argv[2], &len);
		return mutate(buf, len, argc == 4 && strtoul(argv[3], NULL, 0) ? strtoul(argv[3], NULL, 0) : 1);
	}
	if (argc != 2) {
		fprintf(stderr, "usage: host FILE | host --mutate FILE [STRIDE]\n");
		return 2;
	}
	buf = load(argv[1], &len);
	err = uk_fdt_check(buf, len);
	printf("check: %d %s\n", err, uk_fdt_strerror(err));
	if (err)
		return 1;
	printf("totalsize: %u\n", uk_fdt_totalsize(buf));
	read_all(buf, 1);
	free(buf);
	return 0;
}
