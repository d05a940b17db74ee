/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libsqlite's VFS ("uk"): SQLite files over nolibc's descriptors and the
 * VFS library's path calls. vfs.c is the sqlite3_vfs (open, delete,
 * access, names, time, randomness), vfs_file.c the open file's methods.
 */
#ifndef UK_SQLITE_VFS_PRIV_H
#define UK_SQLITE_VFS_PRIV_H

#include <sqlite3.h>

/** An open SQLite file: a descriptor and the lock level SQLite asked for. */
struct uk_sqlite_file {
	sqlite3_file base; /**< must be first: SQLite sees this */
	int fd;
	int lock;
};

/** The methods of every file the VFS opens. */
extern const sqlite3_io_methods uk_sqlite_io;

#endif /* UK_SQLITE_VFS_PRIV_H */
