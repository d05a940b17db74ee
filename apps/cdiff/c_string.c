/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * string.h (C11 7.24): memcpy, memmove with overlap, memcmp's sign,
 * memchr, memset, strncpy's padding, strcat, strncat, strcmp, strncmp,
 * strchr for '\0', strrchr, strspn, strcspn, strpbrk, strstr with an
 * empty needle, strtok, strlen, strcoll and strxfrm in the C locale.
 */
#include <stdio.h>
#include <string.h>
#include "cdiff.h"

static int sign(int v) { return (v > 0) - (v < 0); }

static void off(const char *label, const char *base, const char *p)
{
	if (p)
		cd_line(label, "%ld", (long)(p - base));
	else
		cd_line(label, "NULL");
}

static void mem(void)
{
	char b[32];
	unsigned char x[4] = { 1, 0x80, 3, 0 }, y[4] = { 1, 0x7f, 3, 0 };

	memcpy(b, "0123456789abcdefghij", 21);
	memmove(b + 2, b, 10);
	cd_str("string memmove up", b);
	memcpy(b, "0123456789abcdefghij", 21);
	memmove(b, b + 3, 10);
	cd_str("string memmove down", b);
	memcpy(b, "0123456789abcdefghij", 21);
	memmove(b + 1, b + 1, 5);
	cd_str("string memmove same", b);
	memcpy(b, "abc", 0);
	cd_str("string memcpy 0", b);
	cd_line("string memcmp", "%d %d %d %d %d", sign(memcmp(x, y, 4)),
		sign(memcmp(y, x, 4)), sign(memcmp(x, y, 1)),
		sign(memcmp(x, y, 0)), sign(memcmp("ab\0c", "ab\0d", 4)));
	off("string memchr", (char *)x, memchr(x, 0x80, 4));
	off("string memchr 0", (char *)x, memchr(x, 0, 4));
	off("string memchr none", (char *)x, memchr(x, 9, 4));
	off("string memchr int", (char *)x, memchr(x, 0x180, 4));
	memset(b, 'z', 5);
	memset(b + 1, 0x141, 2);
	cd_bytes("string memset", b, 6);
}

static void copy(void)
{
	char b[16];

	memset(b, '#', sizeof(b));
	strncpy(b, "abc", 8);
	cd_bytes("string strncpy pad", b, sizeof(b));
	memset(b, '#', sizeof(b));
	strncpy(b, "abcdefgh", cd_opaque_size(4));
	cd_bytes("string strncpy cut", b, sizeof(b));
	memset(b, '#', sizeof(b));
	strncpy(b, "", 3);
	cd_bytes("string strncpy empty", b, sizeof(b));
	memset(b, '#', sizeof(b));
	strcpy(b, "ab");
	strcat(b, "cd");
	cd_bytes("string strcat", b, sizeof(b));
	strncat(b, "efgh", 2);
	cd_bytes("string strncat 2", b, sizeof(b));
	strncat(b, "ij", 5);
	cd_bytes("string strncat 5", b, sizeof(b));
	strncat(b, "kl", 0);
	cd_bytes("string strncat 0", b, sizeof(b));
	cd_line("string strcpy ret", "%d", strcpy(b, "x") == b);
	cd_line("string strlen", "%zu %zu %zu", strlen(""), strlen("a"),
		strlen("hello\0world"));
}

static void cmp(void)
{
	cd_line("string strcmp", "%d %d %d %d %d %d", sign(strcmp("a", "b")),
		sign(strcmp("b", "a")), sign(strcmp("ab", "ab")),
		sign(strcmp("ab", "abc")), sign(strcmp("\xff", "a")),
		sign(strcmp("", "")));
	cd_line("string strncmp", "%d %d %d %d %d",
		sign(strncmp("abcd", "abce", 3)),
		sign(strncmp("abcd", "abce", 4)), sign(strncmp("a", "b", 0)),
		sign(strncmp("ab", "abc", 5)),
		sign(strncmp("\x80", "\x7f", 1)));
	cd_line("string strcoll", "%d %d %d", sign(strcoll("a", "b")),
		sign(strcoll("b", "a")), sign(strcoll("x", "x")));
	{
		char b[8];
		size_t n;

		memset(b, '#', sizeof(b));
		n = strxfrm(b, "abc", sizeof(b));
		cd_line("string strxfrm", "%zu %s %zu", n, b,
			strxfrm(NULL, "hello", 0));
	}
}

static void search(void)
{
	const char *s = "hello, world";

	off("string strchr o", s, strchr(s, 'o'));
	off("string strchr nul", s, strchr(s, '\0'));
	off("string strchr none", s, strchr(s, 'z'));
	off("string strchr 256+h", s, strchr(s, 256 + 'h'));
	off("string strrchr o", s, strrchr(s, 'o'));
	off("string strrchr nul", s, strrchr(s, '\0'));
	off("string strrchr none", s, strrchr(s, 'z'));
	off("string strrchr h", s, strrchr(s, 'h'));
	cd_line("string strspn", "%zu %zu %zu %zu", strspn(s, "leh"),
		strspn(s, ""), strspn("", "abc"), strspn(s, "helo, wrd"));
	cd_line("string strcspn", "%zu %zu %zu %zu", strcspn(s, ","),
		strcspn(s, ""), strcspn("", "a"), strcspn(s, "xyz"));
	off("string strpbrk", s, strpbrk(s, "wo"));
	off("string strpbrk none", s, strpbrk(s, "xyz"));
	off("string strpbrk empty", s, strpbrk(s, ""));
	off("string strstr", s, strstr(s, "world"));
	off("string strstr empty needle", s, strstr(s, ""));
	off("string strstr both empty", "", strstr("", ""));
	off("string strstr none", s, strstr(s, "worlds"));
	off("string strstr overlap", "aaab", strstr("aaab", "aab"));
	off("string strstr late", "abababac", strstr("abababac", "ababac"));
	off("string strstr at end", s, strstr(s, "d"));
}

static void tok(void)
{
	char b[64];
	char *t;
	int i = 0;

	strcpy(b, "  ,a,,bc;d ;; ");
	for (t = strtok(b, " ,;"); t; t = strtok(NULL, " ,;"))
		cd_line("string strtok", "%d %ld %s", i++, (long)(t - b), t);
	strcpy(b, "x-y+z");
	t = strtok(b, "-");
	cd_line("string strtok delim change", "%s", t);
	t = strtok(NULL, "+");
	cd_line("string strtok delim change", "%s", t);
	t = strtok(NULL, "+");
	cd_line("string strtok delim change", "%s", t);
	t = strtok(NULL, "+");
	cd_line("string strtok after end", "%s", t ? t : "NULL");
	strcpy(b, ",,,");
	t = strtok(b, ",");
	cd_line("string strtok only delims", "%s", t ? t : "NULL");
	strcpy(b, "");
	t = strtok(b, ",");
	cd_line("string strtok empty", "%s", t ? t : "NULL");
}

void cd_string(void)
{
	mem();
	copy();
	cmp();
	search();
	tok();
}
