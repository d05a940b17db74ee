/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Host test driver for ukfdt, built with the library for the build
 * machine (with sanitizers by test/unit/ukfdt.test.ts; as the library's
 * host `test` target by the plugin).
 *
 *   host               build a small tree in memory, check what is read
 *                      from it, then reject every truncation and survive
 *                      every one-byte corruption of it
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
	uint32_t cell;
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
	err = uk_fdt_initrd(fdt, &a, &s);
	if (verbose && !err)
		printf("initrd: 0x%llx 0x%llx\n", (unsigned long long)a,
		       (unsigned long long)s);
	else if (verbose)
		printf("initrd: %s\n", uk_fdt_strerror(err));
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
	node = uk_fdt_find_compatible(fdt, -1, "arm,cortex-a15-gic");
	if (node < 0)
		node = uk_fdt_find_compatible(fdt, -1, "arm,gic-v3");
	if (verbose)
		printf("gic: %s\n",
		       node >= 0 ? uk_fdt_node_name(fdt, node) : "(none)");
	node = uk_fdt_find_compatible(fdt, -1, "arm,armv8-timer");
	for (i = 0; !uk_fdt_prop_cell(fdt, node, "interrupts", i, &cell); i++)
		if (verbose)
			printf("%s%u", i ? " " : "timer-interrupts: ", cell);
	if (verbose && i)
		printf("\n");
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
			(buf[36] << 24 | buf[37] << 16 | buf[38] << 8 |
			 buf[39]);
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

/*
 * A small tree built in memory (what dtc would make of):
 *   / { #address-cells = <2>; #size-cells = <2>;
 *       chosen { bootargs = "console=ttyAMA0 one two"; };
 *       memory@40000000 { device_type = "memory";
 *                         reg = <0 0x40000000 0 0x8000000>,
 *                               <1 0 0 0x1000000>; };
 *       psci { method = "smc"; };
 *       soc { #address-cells = <1>; #size-cells = <1>;
 *             uart@9000000 { reg = <0x9000000 0x1000>; }; }; };
 */
struct builder {
	unsigned char st[1024], str[256];
	size_t nst, nstr;
};

static void be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

static void tok(struct builder *b, uint32_t v)
{
	be32(b->st + b->nst, v);
	b->nst += 4;
}

static void bytes(struct builder *b, const void *p, size_t n)
{
	memcpy(b->st + b->nst, p, n);
	b->nst += n;
	while (b->nst % 4)
		b->st[b->nst++] = 0;
}

static void begin(struct builder *b, const char *name)
{
	tok(b, 1);
	bytes(b, name, strlen(name) + 1);
}

static void prop(struct builder *b, const char *name, const void *v, size_t n)
{
	size_t off = b->nstr;

	memcpy(b->str + b->nstr, name, strlen(name) + 1);
	b->nstr += strlen(name) + 1;
	tok(b, 3);
	tok(b, (uint32_t)n);
	tok(b, (uint32_t)off);
	bytes(b, v, n);
}

static void prop_cells(struct builder *b, const char *name, const uint32_t *c,
		       size_t n)
{
	unsigned char v[64];
	size_t i;

	for (i = 0; i < n; i++)
		be32(v + 4 * i, c[i]);
	prop(b, name, v, 4 * n);
}

static void prop_str(struct builder *b, const char *name, const char *s)
{
	prop(b, name, s, strlen(s) + 1);
}

/* Assemble the tree above into out; returns its size. */
static size_t build_tree(unsigned char *out)
{
	static const uint32_t two[] = { 2 }, one[] = { 1 };
	static const uint32_t mem[] = { 0, 0x40000000, 0, 0x8000000,
					1, 0,	       0, 0x1000000 };
	static const uint32_t uart[] = { 0x9000000, 0x1000 };
	struct builder b = { .nst = 0, .nstr = 0 };
	size_t off_rsv = 40, off_st = off_rsv + 16, off_str, total;

	begin(&b, "");
	prop_cells(&b, "#address-cells", two, 1);
	prop_cells(&b, "#size-cells", two, 1);
	begin(&b, "chosen");
	prop_str(&b, "bootargs", "console=ttyAMA0 one two");
	tok(&b, 2);
	begin(&b, "memory@40000000");
	prop_str(&b, "device_type", "memory");
	prop_cells(&b, "reg", mem, 8);
	tok(&b, 2);
	begin(&b, "psci");
	prop_str(&b, "method", "smc");
	tok(&b, 2);
	begin(&b, "soc");
	prop_cells(&b, "#address-cells", one, 1);
	prop_cells(&b, "#size-cells", one, 1);
	begin(&b, "uart@9000000");
	prop(&b, "compatible", "arm,pl011\0arm,primecell", 24);
	prop_cells(&b, "reg", uart, 2);
	tok(&b, 2);
	tok(&b, 2);
	tok(&b, 2);
	tok(&b, 9);

	off_str = off_st + b.nst;
	total = off_str + b.nstr;
	memset(out, 0, total);
	be32(out, UK_FDT_MAGIC);
	be32(out + 4, (uint32_t)total);
	be32(out + 8, (uint32_t)off_st);
	be32(out + 12, (uint32_t)off_str);
	be32(out + 16, (uint32_t)off_rsv);
	be32(out + 20, 17);
	be32(out + 24, 16);
	be32(out + 32, (uint32_t)b.nstr);
	be32(out + 36, (uint32_t)b.nst);
	memcpy(out + off_st, b.st, b.nst);
	memcpy(out + off_str, b.str, b.nstr);
	return total;
}

static int failures;

static void expect(int ok, const char *what)
{
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
	failures += !ok;
}

/* Check a copy of exactly len bytes (so ASan sees overreads). */
static int check_copy(const unsigned char *blob, size_t len, size_t bufsize)
{
	unsigned char *copy = malloc(bufsize ? bufsize : 1);
	int err;

	memcpy(copy, blob, len < bufsize ? len : bufsize);
	err = uk_fdt_check(copy, bufsize);
	if (!err)
		read_all(copy, 0);
	free(copy);
	return err;
}

static void corrupt(const unsigned char *good, size_t len, size_t at,
		    uint32_t v, int want, const char *what)
{
	unsigned char bad[1024];

	memcpy(bad, good, len);
	be32(bad + at, v);
	expect(check_copy(bad, len, len) == want, what);
}

static int builtin_checks(void)
{
	unsigned char blob[1024];
	size_t len = build_tree(blob), n;
	uint64_t a, s;
	unsigned int ac, sc;
	uint32_t v;
	int node, rejected = 1;

	expect(uk_fdt_check(blob, len) == 0, "the built tree passes the check");
	expect(!strcmp(uk_fdt_bootargs(blob), "console=ttyAMA0 one two"),
	       "bootargs");
	expect(!uk_fdt_memory(blob, 0, &a, &s) && a == 0x40000000 &&
		       s == 0x8000000,
	       "first memory range");
	expect(!uk_fdt_memory(blob, 1, &a, &s) && a == 0x100000000ULL &&
		       s == 0x1000000,
	       "second memory range (64-bit address)");
	expect(uk_fdt_memory(blob, 2, &a, &s) == UK_FDT_ERR_NOTFOUND,
	       "no third memory range");
	expect(!strcmp(uk_fdt_prop_string(blob,
					  uk_fdt_path_offset(blob, "/psci"),
					  "method"),
		       "smc"),
	       "psci method");
	node = uk_fdt_path_offset(blob, "/soc/uart");
	expect(node >= 0 && !uk_fdt_reg(blob, node, 0, &a, &s) &&
		       a == 0x9000000 && s == 0x1000,
	       "reg with the parent's one-cell address and size");
	expect(uk_fdt_reg(blob, node, 1, &a, &s) == UK_FDT_ERR_NOTFOUND,
	       "no second reg entry");
	expect(uk_fdt_path_offset(blob, "/soc/uart@9000000") == node,
	       "path with the unit address");
	expect(uk_fdt_path_offset(blob, "/soc/uart@1") == UK_FDT_ERR_NOTFOUND,
	       "wrong unit address not found");
	expect(uk_fdt_parent(blob, node) == uk_fdt_path_offset(blob, "/soc"),
	       "parent");
	expect(!uk_fdt_cells(blob, uk_fdt_path_offset(blob, "/soc"), &ac,
			     &sc) &&
		       ac == 1 && sc == 1,
	       "cells of /soc");
	expect(uk_fdt_prop_u32(blob, 0, "#size-cells", &v) == 0 && v == 2,
	       "u32 property");
	expect(uk_fdt_prop_u32(blob, node, "reg", &v) == UK_FDT_ERR_BADVALUE,
	       "u32 of an 8-byte property is refused");
	expect(uk_fdt_node_compatible(blob, node, "arm,primecell") &&
		       uk_fdt_node_compatible(blob, node, "arm,pl011") &&
		       !uk_fdt_node_compatible(blob, node, "arm,pl01") &&
		       !uk_fdt_node_compatible(blob, node, "arm,pl0111"),
	       "compatible: every string of the list, whole strings only");
	expect(uk_fdt_find_compatible(blob, -1, "arm,primecell") == node &&
		       uk_fdt_find_compatible(blob, node, "arm,pl011") ==
			       UK_FDT_ERR_NOTFOUND,
	       "find by compatible, then nothing after it");
	expect(!uk_fdt_prop_cell(blob, node, "reg", 1, &v) && v == 0x1000 &&
		       uk_fdt_prop_cell(blob, node, "reg", 2, &v) ==
			       UK_FDT_ERR_NOTFOUND,
	       "single cells of a property");
	expect(uk_fdt_first_child(blob, node) == UK_FDT_ERR_NOTFOUND,
	       "a leaf has no child");
	expect(uk_fdt_node_name(blob, 3) == NULL,
	       "an offset inside a token is no node");

	corrupt(blob, len, 0, 0xd00dfeee, UK_FDT_ERR_BADMAGIC, "bad magic");
	corrupt(blob, len, 20, 16, UK_FDT_ERR_BADVERSION, "version 16");
	corrupt(blob, len, 4, (uint32_t)len + 4, UK_FDT_ERR_TRUNCATED,
		"totalsize beyond the buffer");
	corrupt(blob, len, 8, (uint32_t)len, UK_FDT_ERR_BADLAYOUT,
		"structure block past the end");
	corrupt(blob, len, 8, 58, UK_FDT_ERR_BADLAYOUT,
		"misaligned structure block");
	corrupt(blob, len, 12, 0xfffffff0, UK_FDT_ERR_BADLAYOUT,
		"strings offset wrapping around");
	corrupt(blob, len, 32, 0x7fffffff, UK_FDT_ERR_BADLAYOUT,
		"strings size past the end");
	corrupt(blob, len, 16, 4, UK_FDT_ERR_BADLAYOUT,
		"reservation map inside the header");
	corrupt(blob, len, 56, 7, UK_FDT_ERR_BADSTRUCT, "unknown token");
	n = ((size_t)blob[8] << 24 | blob[9] << 16 | blob[10] << 8 | blob[11]) +
	    ((size_t)blob[36] << 24 | blob[37] << 16 | blob[38] << 8 |
	     blob[39]);
	corrupt(blob, len, n - 4, 4, UK_FDT_ERR_BADSTRUCT,
		"END token replaced by a NOP");

	for (n = 0; n < len; n++)
		rejected &= check_copy(blob, len, n) != 0;
	expect(rejected, "every truncation is rejected");
	mutate(blob, len, 1);
	expect(uk_fdt_check(blob, len) == 0,
	       "the tree is intact after mutating");
	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}

int main(int argc, char **argv)
{
	unsigned char *buf;
	size_t len;
	int err;

	if ((argc == 3 || argc == 4) && !strcmp(argv[1], "--mutate")) {
		buf = load(argv[2], &len);
		err = mutate(buf, len,
			     argc == 4 && strtoul(argv[3], NULL, 0)
				     ? strtoul(argv[3], NULL, 0)
				     : 1);
		free(buf);
		return err;
	}
	if (argc == 1)
		return builtin_checks();
	if (argc != 2) {
		fprintf(stderr,
			"usage: host FILE | host --mutate FILE [STRIDE]\n");
		return 2;
	}
	buf = load(argv[1], &len);
	err = uk_fdt_check(buf, len);
	printf("check: %d %s\n", err, uk_fdt_strerror(err));
	if (err) {
		free(buf);
		return 1;
	}
	printf("totalsize: %u\n", uk_fdt_totalsize(buf));
	read_all(buf, 1);
	free(buf);
	return 0;
}
