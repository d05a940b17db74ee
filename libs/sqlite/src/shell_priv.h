/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The shell's parts: shell.c reads arguments, lines and dot commands;
 * shell_exec.c runs SQL text and prints rows and errors as sqlite3 does.
 */
#ifndef UK_SQLITE_SHELL_PRIV_H
#define UK_SQLITE_SHELL_PRIV_H

#include <sqlite3.h>

/** The shell's state. */
struct uk_shell {
	sqlite3 *db;
	int headers; /**< .headers on: column names before each result */
};

/** Where SQL text came from, for the error prefix sqlite3 prints. */
enum uk_shell_origin {
	UK_SHELL_ARG,  /**< a command-line argument: "Error: in prepare, ..." */
	UK_SHELL_FILE, /**< stdin or .read: "Parse error near line N: ..." */
};

/**
 * Run every statement of sql, printing rows to stdout and errors to
 * stderr; the first failing statement ends it. line is the line number of
 * the text's start (UK_SHELL_FILE). Returns 0, or SQLite's result code.
 */
int uk_shell_exec(struct uk_shell *sh, const char *sql,
		  enum uk_shell_origin origin, int line);

#endif /* UK_SQLITE_SHELL_PRIV_H */
