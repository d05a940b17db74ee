/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/fdtab.h - the file-descriptor table (nolibc).
 *
 * Every open file, console, socket or directory is one slot in a single
 * table shared by all threads. A slot holds an open-file description: an
 * ops table supplied by whoever opened it (the console in nolibc, a file
 * system through the VFS library, a socket layer), that owner's private
 * pointer, the open flags and a reference count. The POSIX calls in
 * <unistd.h> (read, write, close, lseek, fstat, isatty, dup, dup2, ...)
 * look the slot up and call its ops; an op left NULL makes the call fail
 * with the errno named beside it below.
 *
 * Descriptors 0, 1 and 2 are the serial console from boot. The lowest
 * free number is handed out first, as POSIX requires of open().
 */
#ifndef _NOLIBC_UK_FDTAB_H
#define _NOLIBC_UK_FDTAB_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct stat;

/** How many descriptors the table holds (FD_SETSIZE-like limit). */
#define UK_FD_MAX 64

/** One open-file description, shared by descriptors made with dup(). */
struct uk_ofile;

/**
 * What an owner does for its open files. Each op returns what the POSIX
 * call returns on success, or a negative errno value (-EIO, ...) on
 * failure; the table turns that into -1 and errno.
 */
/** uk_fdops.ready(): a read would not wait. */
#define UK_FD_READY_IN 0x1
/** uk_fdops.ready(): a write would not wait. */
#define UK_FD_READY_OUT 0x2

struct uk_fdops {
	/** read(2) at *pos (the description's offset); advance *pos. NULL: EBADF. */
	ssize_t (*read)(struct uk_ofile *of, void *buf, size_t len, off_t *pos);
	/** write(2) at *pos (end of file first if O_APPEND); advance *pos. NULL: EBADF. */
	ssize_t (*write)(struct uk_ofile *of, const void *buf, size_t len,
			 off_t *pos);
	/** pread(2)/pwrite(2): like read/write at off, without a shared offset. NULL: ESPIPE. */
	ssize_t (*pread)(struct uk_ofile *of, void *buf, size_t len, off_t off);
	ssize_t (*pwrite)(struct uk_ofile *of, const void *buf, size_t len,
			  off_t off);
	/** lseek(2) for SEEK_END (and checks); return the new offset. NULL: ESPIPE. */
	off_t (*seek)(struct uk_ofile *of, off_t off, int whence, off_t cur);
	/** fstat(2). NULL: the table fills in a character device. */
	int (*stat)(struct uk_ofile *of, struct stat *st);
	/** ftruncate(2). NULL: EINVAL. */
	int (*truncate)(struct uk_ofile *of, off_t len);
	/** fsync(2). NULL: success (nothing buffered). */
	int (*sync)(struct uk_ofile *of);
	/** ioctl-like request (FIONBIO, ...). NULL: ENOTTY. */
	int (*ioctl)(struct uk_ofile *of, unsigned long req, void *arg);
	/**
	 * What a read or write would do now, without waiting: UK_FD_READY_IN
	 * and/or UK_FD_READY_OUT (poll(2) maps them to POLLIN, POLLOUT). NULL:
	 * always readable and writable.
	 */
	int (*ready)(struct uk_ofile *of);
	/** Called once, when the last descriptor referring to of is closed. */
	int (*release)(struct uk_ofile *of);
	/** Non-zero when the description is a terminal (isatty). */
	int is_tty;
};

struct uk_ofile {
	const struct uk_fdops *ops;
	void *priv; /**< the owner's (a vnode, a socket, ...) */
	int flags;  /**< O_RDONLY/O_WRONLY/O_RDWR | O_APPEND | O_NONBLOCK ... */
	off_t pos;  /**< the shared file offset */
	int refs;   /**< descriptors referring to this description */
};

/**
 * Install a new description with ops/priv/flags in the lowest free slot.
 * Returns the descriptor, or -1 with errno EMFILE (table full) or ENOMEM.
 */
int uk_fd_open(const struct uk_fdops *ops, void *priv, int flags);

/**
 * The description behind fd, or NULL with errno EBADF. The pointer stays
 * valid until the caller drops it with uk_fd_put() (a concurrent close()
 * only frees the slot).
 */
struct uk_ofile *uk_fd_get(int fd);

/** Drop a reference taken by uk_fd_get(). */
void uk_fd_put(struct uk_ofile *of);

#ifdef __cplusplus
}
#endif

#endif /* _NOLIBC_UK_FDTAB_H */
