/* SPDX-License-Identifier: BSD-3-Clause */
/* In-place command line splitting: see uk/ukargparse.h for the rules. */
#include <stdbool.h>
#include <stddef.h>
#include <uk/ukargparse.h>

static bool is_blank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/*
 * The write cursor w never passes the read cursor r, because every
 * character written consumes at least one character read.
 */
int uk_argparse(char *cmdline, char *argv[], int maxargs)
{
	char *r = cmdline, *w;
	char quote;
	int argc = 0;

	if (!cmdline || maxargs <= 0)
		return 0;

	while (argc < maxargs) {
		while (is_blank(*r))
			r++;
		if (*r == '\0')
			break;

		w = r;
		if (argv)
			argv[argc] = w;
		argc++;
		quote = '\0';
		for (; *r != '\0'; r++) {
			if (quote == '\'') {
				if (*r == '\'')
					quote = '\0';
				else
					*w++ = *r;
			} else if (quote == '"') {
				if (*r == '"')
					quote = '\0';
				else if (*r == '\\' &&
					 (r[1] == '"' || r[1] == '\\'))
					*w++ = *++r;
				else
					*w++ = *r;
			} else if (*r == '\'' || *r == '"') {
				quote = *r;
			} else if (*r == '\\') {
				if (r[1] != '\0')
					r++;
				*w++ = *r;
			} else if (is_blank(*r)) {
				break;
			} else {
				*w++ = *r;
			}
		}
		if (*r != '\0')
			r++; /* step over the separating blank */
		*w = '\0';
	}
	return argc;
}
