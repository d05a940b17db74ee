/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * unistd.h - descriptor I/O over the descriptor table (uk/fdtab.h), and
 * sleeping (nolibc). Other threads run while one sleeps.
 */
#ifndef _NOLIBC_UNISTD_H
#define _NOLIBC_UNISTD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The descriptors open from boot: all three are the serial console. */
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/** lseek() origins. */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

/**
 * Read up to len bytes from fd at its offset. Returns the count (0 at end
 * of file), or -1 with errno (EBADF: not open or not for reading).
 */
ssize_t read(int fd, void *buf, size_t len);
/** Write len bytes to fd at its offset. Returns the count, or -1 with errno. */
ssize_t write(int fd, const void *buf, size_t len);
/** read() at offset off, leaving fd's offset alone; ESPIPE where fd cannot seek. */
ssize_t pread(int fd, void *buf, size_t len, off_t off);
/** write() at offset off, leaving fd's offset alone; ESPIPE where fd cannot seek. */
ssize_t pwrite(int fd, const void *buf, size_t len, off_t off);
/** Move fd's offset (SEEK_SET/CUR/END). Returns it, or -1 (ESPIPE on the console, EINVAL). */
off_t lseek(int fd, off_t off, int whence);
/** Close fd; the file is released with its last descriptor. 0, or -1 (EBADF). */
int close(int fd);
/** A new descriptor (the lowest free) for fd's open file. -1: EBADF, EMFILE. */
int dup(int fd);
/** Make fd2 refer to fd's open file, closing fd2 first. Returns fd2, or -1 (EBADF). */
int dup2(int fd, int fd2);
/** 1 if fd is a terminal (the console), else 0 with errno ENOTTY or EBADF. */
int isatty(int fd);
/** Flush fd's file to its device. 0, or -1 with errno. */
int fsync(int fd);
/** Set the size of the regular file open as fd. 0, or -1 (EINVAL, EBADF). */
int ftruncate(int fd, off_t len);
/** fsync() (there is no metadata to leave out). */
int fdatasync(int fd);
/** ftruncate() of the file at path (vfs): EISDIR, ENOENT, EINVAL. */
int truncate(const char *path, off_t len);
/** Delete the name path (the file system's; ENOENT without one). 0 or -1. */
int unlink(const char *path);
/** Delete the empty directory path (the file system's; ENOENT without one). 0 or -1. */
int rmdir(const char *path);

/** access() modes. */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* Path calls, served by the vfs library when the image links it; each
 * returns 0 (or a length), or -1 with errno. */
/** Remove the non-directory path (EISDIR for a directory). */
int unlink(const char *path);
/** Remove the empty directory path (ENOTEMPTY, ENOTDIR, EBUSY). */
int rmdir(const char *path);
/** Make path the working directory relative paths start from. */
int chdir(const char *path);
/** The working directory's absolute path into buf; NULL with ERANGE if too small. */
char *getcwd(char *buf, size_t size);
/** Check that path exists (F_OK) and allows R_OK/W_OK/X_OK (EACCES). */
int access(const char *path, int mode);
/** Make a symbolic link path -> target. */
int symlink(const char *target, const char *path);
/** Copy the link's target (no NUL) into buf; returns its length (EINVAL: not a link). */
ssize_t readlink(const char *path, char *buf, size_t len);

/*
 * Process and user identities (src/ids.c). A unikernel is one process
 * run by one user: its process ID is 1 and every user and group ID is 0.
 * These never fail.
 */
/** The process ID: 1. */
pid_t getpid(void);
/** The parent's process ID: 0 (no process started this one). */
pid_t getppid(void);
/** The real user ID: 0. */
uid_t getuid(void);
/** The effective user ID: 0. */
uid_t geteuid(void);
/** The real group ID: 0. */
gid_t getgid(void);
/** The effective group ID: 0. */
gid_t getegid(void);

/**
 * Change the owner of the file open as fd (src/fdattr.c). The only owner
 * and group are 0, so this succeeds when owner and group are each 0 or
 * (uid_t)-1 / (gid_t)-1 (unchanged), and otherwise fails with EINVAL (an
 * ID the implementation does not support, as POSIX has it); EBADF for a
 * bad fd.
 */
int fchown(int fd, uid_t owner, gid_t group);

/** Microseconds. */
typedef unsigned int useconds_t;

/** Sleep for seconds; returns 0 (never interrupted). */
unsigned int sleep(unsigned int seconds);
/** Sleep for usec microseconds; returns 0. */
int usleep(useconds_t usec);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_UNISTD_H */
