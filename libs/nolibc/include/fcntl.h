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
#define F_DUPFD_CLOEXEC 1030

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
 * O_APPEND and O_NONBLOCK change). Returns -1 with errno EBADF or EINVAL.
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
