/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * SQLite's OS layer for SQLITE_OS_OTHER: one sqlite3_vfs, "uk", the
 * default, over open/unlink/access/getcwd of the VFS library and
 * clock_gettime/nanosleep of nolibc. No dynamic loading, no shared memory
 * (no WAL); a file opened for deletion on close is unlinked at once (an
 * unlinked file stays usable through its descriptor); a delete syncs its
 * directory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "vfs_priv.h"

static unsigned int temp_seq;

static int v_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file,
		  int flags, int *out_flags)
{
	struct uk_sqlite_file *f = (struct uk_sqlite_file *)file;
	char temp[64];
	int oflags = (flags & SQLITE_OPEN_READWRITE) ? O_RDWR : O_RDONLY;

	(void)vfs;
	f->base.pMethods = NULL;
	if (!name) {
		/* A temporary file: a fresh name, deleted on close. */
		snprintf(temp, sizeof(temp), "/.sqlite-temp-%u", ++temp_seq);
		name = temp;
		flags |= SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE |
			 SQLITE_OPEN_DELETEONCLOSE;
		oflags = O_RDWR;
	}
	if (flags & SQLITE_OPEN_CREATE)
		oflags |= O_CREAT;
	if (flags & SQLITE_OPEN_EXCLUSIVE)
		oflags |= O_EXCL;
	f->fd = open(name, oflags, 0644);
	if (f->fd < 0)
		return SQLITE_CANTOPEN;
	if (flags & SQLITE_OPEN_DELETEONCLOSE)
		unlink(name);
	f->lock = SQLITE_LOCK_NONE;
	f->base.pMethods = &uk_sqlite_io;
	if (out_flags)
		*out_flags = flags;
	return SQLITE_OK;
}

/* fsync() the directory holding name (on snapfs: the snapshot without it). */
static int sync_parent(const char *name)
{
	char dir[1024];
	const char *slash = strrchr(name, '/');
	size_t n = slash ? (size_t)(slash - name) : 0;
	int fd, r;

	if (n >= sizeof(dir))
		return -1;
	if (n == 0) {
		dir[0] = slash ? '/' : '.';
		n = 1;
	} else {
		memcpy(dir, name, n);
	}
	dir[n] = '\0';
	fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return -1;
	r = fsync(fd);
	close(fd);
	return r;
}

/*
 * In journal_mode=DELETE the journal's unlink is the commit: SQLite asks
 * for the directory sync only with synchronous=EXTRA, but a file system
 * that keeps nothing until an fsync (snapfs) would bring the hot journal
 * back after a power cut and roll the commit back. So the directory is
 * synced after every delete, whatever sync_dir says.
 */
static int v_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	(void)vfs;
	(void)sync_dir;
	if (unlink(name) != 0)
		return errno == ENOENT ? SQLITE_IOERR_DELETE_NOENT
				       : SQLITE_IOERR_DELETE;
	return sync_parent(name) == 0 ? SQLITE_OK : SQLITE_IOERR_DIR_FSYNC;
}

static int v_access(sqlite3_vfs *vfs, const char *name, int what, int *out)
{
	(void)vfs;
	*out = access(name, what == SQLITE_ACCESS_EXISTS ? F_OK
			    : what == SQLITE_ACCESS_READ ? R_OK
							 : R_OK | W_OK) == 0;
	return SQLITE_OK;
}

static int v_fullname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	size_t len;

	(void)vfs;
	if (name[0] == '/') {
		len = 0;
	} else {
		if (!getcwd(out, (size_t)n))
			return SQLITE_CANTOPEN;
		len = strlen(out);
		if (len == 0 || out[len - 1] != '/')
			out[len++] = '/';
	}
	if (len + strlen(name) + 1 > (size_t)n)
		return SQLITE_CANTOPEN;
	strcpy(out + len, name);
	return SQLITE_OK;
}

static int v_random(sqlite3_vfs *vfs, int n, char *out)
{
	struct timespec ts;
	unsigned long long x;
	int i;

	(void)vfs;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	x = (unsigned long long)ts.tv_sec * 1000000007ull ^
	    (unsigned long long)ts.tv_nsec;
	for (i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		out[i] = (char)(x >> 32);
	}
	return n;
}

static int v_sleep(sqlite3_vfs *vfs, int us)
{
	struct timespec ts = { us / 1000000, (long)(us % 1000000) * 1000 };

	(void)vfs;
	nanosleep(&ts, NULL);
	return us;
}

/* Milliseconds since the Julian day epoch (-4713-11-24 12:00 UTC). */
static int v_time64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
	struct timespec ts;

	(void)vfs;
	clock_gettime(CLOCK_REALTIME, &ts);
	*out = (sqlite3_int64)210866760000000ll +
	       (sqlite3_int64)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	return SQLITE_OK;
}

static int v_time(sqlite3_vfs *vfs, double *out)
{
	sqlite3_int64 ms;

	v_time64(vfs, &ms);
	*out = (double)ms / 86400000.0;
	return SQLITE_OK;
}

static int v_error(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	if (n > 0)
		out[0] = '\0';
	return errno;
}

static sqlite3_vfs uk_vfs = {
	.iVersion = 2,
	.szOsFile = sizeof(struct uk_sqlite_file),
	.mxPathname = 1024,
	.zName = "uk",
	.xOpen = v_open,
	.xDelete = v_delete,
	.xAccess = v_access,
	.xFullPathname = v_fullname,
	.xRandomness = v_random,
	.xSleep = v_sleep,
	.xCurrentTime = v_time,
	.xGetLastError = v_error,
	.xCurrentTimeInt64 = v_time64,
};

int sqlite3_os_init(void) { return sqlite3_vfs_register(&uk_vfs, 1); }

int sqlite3_os_end(void) { return SQLITE_OK; }
