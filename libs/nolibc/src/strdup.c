/* SPDX-License-Identifier: BSD-3-Clause */
/* strdup, strndup: copies on the heap. */
#include <stdlib.h>
#include <string.h>

char *strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = malloc(len + 1);

	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *strdup(const char *s) { return strndup(s, (size_t)-1); }
