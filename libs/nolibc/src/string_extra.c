/* SPDX-License-Identifier: BSD-3-Clause */
/* strpbrk, memmem, and collation in the C locale (strcoll, strxfrm). */
#include <string.h>

char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s ? (char *)s : NULL;
}

void *memmem(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
	const unsigned char *h = hay, *end;

	if (!nlen)
		return (void *)hay;
	if (nlen > hlen)
		return NULL;
	end = h + (hlen - nlen);
	for (; h <= end; h++) {
		h = memchr(h, *(const unsigned char *)needle,
			   (size_t)(end - h) + 1);
		if (!h)
			return NULL;
		if (!memcmp(h, needle, nlen))
			return (void *)h;
	}
	return NULL;
}

int strcoll(const char *a, const char *b) { return strcmp(a, b); }

size_t strxfrm(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = strlen(src);

	if (len < n)
		memcpy(dst, src, len + 1);
	return len;
}
