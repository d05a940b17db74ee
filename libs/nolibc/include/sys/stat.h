/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sys/stat.h - file status (nolibc), with Linux's field names and mode bits.
 * fstat() is served by the descriptor table (uk/fdtab.h); stat(), lstat()
 * and mkdir() by the file-system layer when an image links one.
 */
#ifndef _NOLIBC_SYS_STAT_H
#define _NOLIBC_SYS_STAT_H

#include <sys/types.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Device and inode numbers, link counts and block counts. */
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;

/** What fstat() and stat() report about a file. */
struct stat {
	dev_t st_dev;		 /**< device holding the file */
	ino_t st_ino;		 /**< file serial number */
	mode_t st_mode;		 /**< type (S_IFMT bits) and permissions */
	nlink_t st_nlink;	 /**< hard links */
	uid_t st_uid;		 /**< owner (always 0 in a unikernel) */
	gid_t st_gid;		 /**< group (always 0) */
	dev_t st_rdev;		 /**< device number, for device files */
	off_t st_size;		 /**< bytes, for regular files */
	blksize_t st_blksize;	 /**< preferred I/O size */
	blkcnt_t st_blocks;	 /**< 512-byte blocks allocated */
	struct timespec st_atim; /**< last access */
	struct timespec st_mtim; /**< last modification */
	struct timespec st_ctim; /**< last status change */
};

/** Seconds of the three time stamps, as older code spells them. */
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

/** File types in st_mode. */
#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFBLK 0060000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFIFO 0010000

/** Type tests on an st_mode value. */
#define S_ISREG(m) (((m)&S_IFMT) == S_IFREG)
#define S_ISDIR(m) (((m)&S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m)&S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m)&S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m)&S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m)&S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m)&S_IFMT) == S_IFSOCK)

/** Permission bits. */
#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 00700
#define S_IRUSR 00400
#define S_IWUSR 00200
#define S_IXUSR 00100
#define S_IRWXG 00070
#define S_IRGRP 00040
#define S_IWGRP 00020
#define S_IXGRP 00010
#define S_IRWXO 00007
#define S_IROTH 00004
#define S_IWOTH 00002
#define S_IXOTH 00001

/** Status of the file open as fd. Returns 0, or -1 with errno (EBADF). */
int fstat(int fd, struct stat *st);

/**
 * Set the permission bits of the file open as fd (src/fdattr.c). The file
 * systems keep the mode a file was created with and have no call to change
 * it, so this succeeds when mode equals the file's permission bits and
 * fails with EPERM otherwise (no process has the privilege to change a
 * mode); EINVAL for bits outside 07777, EBADF for a bad fd.
 */
int fchmod(int fd, mode_t mode);

/** Status of path, following symbolic links (vfs). 0, or -1 with errno. */
int stat(const char *path, struct stat *st);
/** Status of path itself when it is a symbolic link (vfs). */
int lstat(const char *path, struct stat *st);
/** Make the directory path (vfs). 0, or -1 with errno (EEXIST, ENOENT, ...). */
int mkdir(const char *path, mode_t mode);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_SYS_STAT_H */
