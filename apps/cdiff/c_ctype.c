/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ctype.h (C11 7.4) in the "C" locale: for EOF and every unsigned char,
 * the twelve classes as a bitmask and the tolower/toupper mappings.
 */
#include <ctype.h>
#include <stdio.h>
#include "cdiff.h"

static unsigned int classes(int c)
{
	return (isalnum(c) ? 1u : 0) | (isalpha(c) ? 2u : 0) |
	       (isblank(c) ? 4u : 0) | (iscntrl(c) ? 8u : 0) |
	       (isdigit(c) ? 16u : 0) | (isgraph(c) ? 32u : 0) |
	       (islower(c) ? 64u : 0) | (isprint(c) ? 128u : 0) |
	       (ispunct(c) ? 256u : 0) | (isspace(c) ? 512u : 0) |
	       (isupper(c) ? 1024u : 0) | (isxdigit(c) ? 2048u : 0);
}

void cd_ctype(void)
{
	char label[32];
	int c;

	for (c = EOF; c < 256; c++) {
		snprintf(label, sizeof(label), "ctype %d", c);
		cd_line(label, "%03x %d %d", classes(c), tolower(c),
			toupper(c));
	}
}
