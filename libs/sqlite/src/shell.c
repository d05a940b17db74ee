/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shell's front: "[DB] [SQL]..." arguments, and lines from stdin or a
 * .read file gathered into complete statements (sqlite3_complete) as the
 * sqlite3 shell does; a line starting with '.' outside a statement is a
 * dot command, one starting with '#' a comment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uk/sqlite.h>
#include "shell_priv.h"

#define LINE_MAX_LEN 4096

static int run_lines(struct uk_shell *sh, FILE *in, int interactive);

/* Returns 0, 1 for an error, 2 for .quit/.exit. */
static int dot_command(struct uk_shell *sh, char *line)
{
	char *cmd = strtok(line + 1, " \t\r\n"), *arg = strtok(NULL, " \t\r\n");
	FILE *f;
	int r;

	if (!cmd)
		cmd = "";
	if (!strcmp(cmd, "quit") || !strcmp(cmd, "exit"))
		return 2;
	if (!strcmp(cmd, "headers") && arg &&
	    (!strcmp(arg, "on") || !strcmp(arg, "off"))) {
		sh->headers = !strcmp(arg, "on");
		return 0;
	}
	if (!strcmp(cmd, "read") && arg) {
		f = fopen(arg, "r");
		if (!f) {
			fprintf(stderr, "Error: cannot open \"%s\"\n", arg);
			return 1;
		}
		r = run_lines(sh, f, 0);
		fclose(f);
		return r;
	}
	fprintf(stderr,
		"Error: unknown command or invalid arguments:  \"%s\". Enter "
		"\".help\" for help\n",
		cmd);
	return 1;
}

static int only_space(const char *s)
{
	return strspn(s, " \t\r\n\f\v") == strlen(s);
}

/* Append line to the growing statement text *buf. */
static int append(char **buf, size_t *len, size_t *cap, const char *line)
{
	size_t n = strlen(line);

	if (*len + n + 1 > *cap) {
		size_t want = (*len + n + 1) * 2;
		char *p = realloc(*buf, want);

		if (!p)
			return -1;
		*buf = p;
		*cap = want;
	}
	memcpy(*buf + *len, line, n + 1);
	*len += n;
	return 0;
}

/* Returns 0, 1 when something failed, 2 after .quit. */
static int run_lines(struct uk_shell *sh, FILE *in, int interactive)
{
	char line[LINE_MAX_LEN], *sql = NULL;
	size_t len = 0, cap = 0;
	int lineno = 0, start = 0, errors = 0, r;

	for (;;) {
		if (interactive) {
			fputs(len ? "   ...> " : "sqlite> ", stdout);
			fflush(stdout);
		}
		if (!fgets(line, sizeof(line), in))
			break;
		lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (!len && (line[0] == '.' || line[0] == '#')) {
			r = line[0] == '.' ? dot_command(sh, line) : 0;
			if (r == 2) {
				free(sql);
				return 2;
			}
			errors |= r;
			continue;
		}
		if (!len && only_space(line))
			continue;
		if (!len)
			start = lineno;
		if ((len && append(&sql, &len, &cap, "\n") < 0) ||
		    append(&sql, &len, &cap, line) < 0) {
			fprintf(stderr, "Error: out of memory\n");
			free(sql);
			return 1;
		}
		if (sqlite3_complete(sql)) {
			errors |= uk_shell_exec(sh, sql, UK_SHELL_FILE,
						start) != 0;
			len = 0;
		}
	}
	if (len && !only_space(sql))
		errors |= uk_shell_exec(sh, sql, UK_SHELL_FILE, start) != 0;
	free(sql);
	return errors;
}

int uk_sqlite_shell(int argc, char *argv[])
{
	struct uk_shell sh = { 0 };
	const char *db;
	int i, r = 0, batch = 0;

	/* -batch: no prompts even on a terminal (as sqlite3's option). */
	while (argc > 1 && !strcmp(argv[1], "-batch")) {
		batch = 1;
		argv++;
		argc--;
	}
	db = argc > 1 ? argv[1] : ":memory:";

	if (sqlite3_open(db, &sh.db) != SQLITE_OK) {
		fprintf(stderr, "Error: unable to open database \"%s\": %s\n",
			db, sqlite3_errmsg(sh.db));
		sqlite3_close(sh.db);
		return 1;
	}
	if (argc > 2) {
		for (i = 2; i < argc && !r; i++) {
			if (argv[i][0] == '.')
				r = dot_command(&sh, argv[i]) & 1;
			else
				r = uk_shell_exec(&sh, argv[i], UK_SHELL_ARG,
						  0);
		}
	} else {
		int tty = !batch && isatty(0);

		if (tty)
			printf("SQLite version %s\nEnter \".help\" for usage "
			       "hints.\n",
			       sqlite3_libversion());
		r = run_lines(&sh, stdin, tty) & 1;
	}
	fflush(stdout);
	sqlite3_close(sh.db);
	return r;
}
