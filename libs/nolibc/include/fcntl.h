/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fcntl.h - open flags and descriptor control (nolibc), with Linux's values.
 * fcntl() is served by the descriptor table (uk/fdtab.h); open() and
 * creat() come from the file-system layer when an image links one.
 */
#ifndef _NOLIBC_FCNTL_H
#define _NOLIBC_FCNTL_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Access modes (O_ACCMODE bits) and open flags. */
#define O_ACCMODE 0003
#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_DSYNC 010000
#define O_SYNC 04010000
#define O_DIRECTORY 0200000
#define O_NOFOLLOW 0400000
#define O_CLOEXEC 02000000

/** fcntl() commands. */
#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_DUPFD_CLOEXEC 1030

/** l_whence values (as in unistd.h and stdio.h). */
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/** Record lock types (struct flock's l_type). */
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

/**
 * A record lock request for F_GETLK/F_SETLK/F_SETLKW: l_len bytes (0: to
 * the end of the file and beyond) from l_start, counted from l_whence
 * (SEEK_SET, SEEK_CUR or SEEK_END).
 */
struct flock {
	short l_type;	/**< F_RDLCK, F_WRLCK or F_UNLCK */
	short l_whence; /**< SEEK_SET, SEEK_CUR or SEEK_END */
	off_t l_start;	/**< the range's start, from l_whence */
	off_t l_len;	/**< its length; 0: up to any end of the file */
	pid_t l_pid;	/**< F_GETLK: the process holding a conflicting lock */
};

/** The close-on-exec descriptor flag (kept, though nothing ever execs). */
#define FD_CLOEXEC 1

/**
 * Open (O_CREAT: create with mode, the third argument) the file at path;
 * the lowest free descriptor, or -1 with errno. The file-system library
 * (libs/vfs) provides it; in an image without one it fails with ENOENT.
 */
int open(const char *path, int flags, ...);

/**
 * Descriptor control: F_DUPFD/F_DUPFD_CLOEXEC (lowest free fd >= the
 * argument), F_GETFD/F_SETFD (FD_CLOEXEC), F_GETFL, and F_SETFL (only
 * O_APPEND and O_NONBLOCK change). Record locks (F_GETLK, F_SETLK,
 * F_SETLKW, a struct flock * argument) as POSIX has them for one process,
 * which is all a unikernel is: a process's own locks never conflict with
 * its requests, so every valid lock or unlock is granted at once and
 * F_GETLK sets l_type to F_UNLCK. Returns -1 with errno EBADF (also: a
 * read lock on a descriptor not open for reading, a write lock on one not
 * open for writing) or EINVAL.
 */
int fcntl(int fd, int cmd, ...);

/**
 * Open path (the vfs library, when the image links it): O_CREAT (with
 * mode), O_EXCL, O_TRUNC, O_APPEND, O_DIRECTORY, O_NOFOLLOW. Returns the
 * lowest free descriptor, or -1 with errno (ENOENT, EEXIST, EISDIR,
 * ENOTDIR, ELOOP, ENAMETOOLONG, EMFILE, ...).
 */
int open(const char *path, int flags, ...);
/** open(path, O_WRONLY | O_CREAT | O_TRUNC, mode). */
int creat(const char *path, mode_t mode);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_FCNTL_H */
