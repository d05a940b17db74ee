/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The methods of an open SQLite file over one descriptor: pread/pwrite,
 * ftruncate, fsync, fstat. Locking records the level and always succeeds:
 * a unikernel is one process, and SQLite's own connections in it are
 * serialised by SQLite (docs/sqlite.md).
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "vfs_priv.h"

static struct uk_sqlite_file *F(sqlite3_file *f)
{
	return (struct uk_sqlite_file *)f;
}

static int f_close(sqlite3_file *f)
{
	int r = close(F(f)->fd);

	F(f)->fd = -1;
	return r < 0 ? SQLITE_IOERR_CLOSE : SQLITE_OK;
}

static int f_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
	char *p = buf;
	int got = 0;

	while (got < amt) {
		ssize_t n = pread(F(f)->fd, p + got, (size_t)(amt - got),
				  (off_t)(off + got));

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return SQLITE_IOERR_READ;
		if (n == 0)
			break;
		got += (int)n;
	}
	if (got == amt)
		return SQLITE_OK;
	/* SQLite requires the rest of a short read zero-filled. */
	memset(p + got, 0, (size_t)(amt - got));
	return SQLITE_IOERR_SHORT_READ;
}

static int f_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
	const char *p = buf;
	int put = 0;

	while (put < amt) {
		ssize_t n = pwrite(F(f)->fd, p + put, (size_t)(amt - put),
				   (off_t)(off + put));

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == ENOSPC ? SQLITE_FULL
					       : SQLITE_IOERR_WRITE;
		put += (int)n;
	}
	return SQLITE_OK;
}

static int f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	return ftruncate(F(f)->fd, (off_t)size) < 0 ? SQLITE_IOERR_TRUNCATE
						    : SQLITE_OK;
}

static int f_sync(sqlite3_file *f, int flags)
{
	(void)flags;
	return fsync(F(f)->fd) < 0 ? SQLITE_IOERR_FSYNC : SQLITE_OK;
}

static int f_size(sqlite3_file *f, sqlite3_int64 *size)
{
	struct stat st;

	if (fstat(F(f)->fd, &st) < 0)
		return SQLITE_IOERR_FSTAT;
	*size = (sqlite3_int64)st.st_size;
	return SQLITE_OK;
}

static int f_lock(sqlite3_file *f, int level)
{
	if (level > F(f)->lock)
		F(f)->lock = level;
	return SQLITE_OK;
}

static int f_unlock(sqlite3_file *f, int level)
{
	if (level < F(f)->lock)
		F(f)->lock = level;
	return SQLITE_OK;
}

static int f_reserved(sqlite3_file *f, int *out)
{
	(void)f;
	*out = 0; /* no other process can hold a lock */
	return SQLITE_OK;
}

static int f_control(sqlite3_file *f, int op, void *arg)
{
	(void)f;
	(void)op;
	(void)arg;
	return SQLITE_NOTFOUND;
}

static int f_sector(sqlite3_file *f)
{
	(void)f;
	return 512;
}

static int f_caps(sqlite3_file *f)
{
	(void)f;
	return 0;
}

const sqlite3_io_methods uk_sqlite_io = {
	.iVersion = 1,
	.xClose = f_close,
	.xRead = f_read,
	.xWrite = f_write,
	.xTruncate = f_truncate,
	.xSync = f_sync,
	.xFileSize = f_size,
	.xLock = f_lock,
	.xUnlock = f_unlock,
	.xCheckReservedLock = f_reserved,
	.xFileControl = f_control,
	.xSectorSize = f_sector,
	.xDeviceCharacteristics = f_caps,
};
