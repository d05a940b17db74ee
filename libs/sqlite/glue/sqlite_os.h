/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SQLite's OS layer as libsqlite's VFS option says (docs/sqlite.md).
 * sqlite3.c includes this first (-DSQLITE_CUSTOM_INCLUDE=sqlite_os.h),
 * after the force-included uk/config.h, before it picks its OS layer.
 *
 * VFS=OWN:  SQLITE_OS_OTHER, our VFS of src/vfs.c and src/vfs_file.c.
 * VFS=UNIX: SQLite's unix VFS (os_unix.c) over nolibc's POSIX calls, with
 *           POSIX advisory locks only (no other locking styles) and no
 *           mmap (SQLITE_MAX_MMAP_SIZE=0, SQLITE_OMIT_WAL).
 */
#ifndef UK_SQLITE_OS_H
#define UK_SQLITE_OS_H

#if defined(CONFIG_LIBLIBSQLITE_VFS_UNIX)
#define SQLITE_OS_UNIX 1
#define SQLITE_ENABLE_LOCKING_STYLE 0
#else
#define SQLITE_OS_OTHER 1
#endif

#endif /* UK_SQLITE_OS_H */
