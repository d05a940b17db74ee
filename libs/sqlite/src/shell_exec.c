/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Running SQL text statement by statement, printing rows in sqlite3's
 * list mode and errors in sqlite3's words: for a statement that does not
 * compile, the message and a line of context with a caret under the error
 * offset (at most 78 bytes, starting at most 50 before the error).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "shell_priv.h"

#define CONTEXT_BEFORE 50
#define CONTEXT_WIDTH 78

static void print_context(const char *sql, int off)
{
	char code[CONTEXT_WIDTH + 1];
	size_t len, i;

	if (off < 0)
		return;
	while (off > CONTEXT_BEFORE) {
		off--;
		sql++;
		while (((unsigned char)sql[0] & 0xc0) == 0x80) {
			sql++;
			off--;
		}
	}
	len = strlen(sql);
	if (len > CONTEXT_WIDTH) {
		len = CONTEXT_WIDTH;
		while (((unsigned char)sql[len] & 0xc0) == 0x80)
			len--;
	}
	for (i = 0; i < len; i++)
		code[i] = isspace((unsigned char)sql[i]) ? ' ' : sql[i];
	code[len] = '\0';
	if (off < 25)
		fprintf(stderr, "  %s\n  %*s^--- error here\n", code, off, "");
	else
		fprintf(stderr, "  %s\n  %*serror here ---^\n", code, off - 14,
			"");
}

static void print_row(struct uk_shell *sh, sqlite3_stmt *st, int first)
{
	int i, n = sqlite3_column_count(st);

	if (first && sh->headers) {
		for (i = 0; i < n; i++)
			printf("%s%s", i ? "|" : "",
			       sqlite3_column_name(st, i));
		putchar('\n');
	}
	for (i = 0; i < n; i++) {
		const unsigned char *v = sqlite3_column_text(st, i);
		int len = sqlite3_column_bytes(st, i);

		if (i)
			putchar('|');
		if (v)
			fwrite(v, 1, (size_t)len, stdout);
	}
	putchar('\n');
}

/* "in prepare" or "stepping": sqlite3's two kinds of statement error. */
static int failed(struct uk_shell *sh, enum uk_shell_origin origin, int line,
		  const char *what, int rc)
{
	int parse = what[0] == 'i';

	fflush(stdout);
	if (origin == UK_SHELL_ARG)
		fprintf(stderr, "Error: %s, ", what);
	else
		fprintf(stderr,
			"%s error near line %d: ", parse ? "Parse" : "Runtime",
			line);
	fputs(sqlite3_errmsg(sh->db), stderr);
	if (rc > SQLITE_ERROR)
		fprintf(stderr, " (%d)", rc);
	fputc('\n', stderr);
	return rc;
}

int uk_shell_exec(struct uk_shell *sh, const char *sql,
		  enum uk_shell_origin origin, int line)
{
	while (*sql) {
		sqlite3_stmt *st;
		const char *tail;
		int rc, rows = 0;

		while (isspace((unsigned char)*sql))
			sql++;
		if (!*sql)
			break;
		rc = sqlite3_prepare_v2(sh->db, sql, -1, &st, &tail);
		if (rc != SQLITE_OK) {
			failed(sh, origin, line, "in prepare", rc);
			print_context(sql, sqlite3_error_offset(sh->db));
			return rc;
		}
		sql = tail;
		if (!st)
			continue; /* a comment or only ';' */
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			print_row(sh, st, rows++ == 0);
		if (rc != SQLITE_DONE) {
			failed(sh, origin, line, "stepping", rc);
			sqlite3_finalize(st);
			return rc;
		}
		sqlite3_finalize(st);
	}
	return 0;
}
