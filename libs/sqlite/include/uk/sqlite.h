/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libsqlite's shell: a small command-line front end to SQLite whose
 * behaviour follows the sqlite3 shell's defaults (docs/sqlite.md).
 */
#ifndef UK_SQLITE_H
#define UK_SQLITE_H

/**
 * Run the shell: argv is "[-batch] [DB] [SQL]..." as for sqlite3 (DB defaults to
 * ":memory:"). Each SQL argument (or dot command) runs in turn and the first
 * error ends the run; with none, statements are read from stdin (prompts
 * when it is a terminal and -batch is not given). Output is sqlite3's list mode: columns joined by
 * '|', NULL as nothing. Dot commands: .read FILE, .headers on|off,
 * .quit/.exit. Returns the exit status: 0, 1 after errors, or SQLite's
 * result code for a failed statement given on the command line (as
 * sqlite3 does).
 */
int uk_sqlite_shell(int argc, char *argv[]);

#endif /* UK_SQLITE_H */
