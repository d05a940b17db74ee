/* SPDX-License-Identifier: BSD-3-Clause */
/* Tokenizing strings in place: strtok_r and strtok. */
#include <string.h>

char *strtok_r(char *restrict s, const char *restrict delim,
	       char **restrict save)
{
	char *end;

	if (!s)
		s = *save;
	if (!s)
		return NULL;
	s += strspn(s, delim);
	if (!*s) {
		*save = NULL;
		return NULL;
	}
	end = s + strcspn(s, delim);
	if (*end)
		*end++ = '\0';
	else
		end = NULL;
	*save = end;
	return s;
}

char *strtok(char *restrict s, const char *restrict delim)
{
	static char *save;

	return strtok_r(s, delim, &save);
}
