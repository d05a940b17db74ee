/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/vfs_test.h - helpers for in-image tests (uk/test.h) of the vfs and
 * of file systems: errno expectations and whole-file put/get.
 */
#ifndef UK_VFS_TEST_H
#define UK_VFS_TEST_H

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/fdtab.h>
#include <uk/test.h>

/** call must fail with -1 and errno e. */
#define EXPECT_ERR(call, e)                           \
	do {                                          \
		errno = 0;                            \
		UK_TEST_EXPECT_EQ((long)(call), -1L); \
		UK_TEST_EXPECT_EQ(errno, (e));        \
	} while (0)

/** Write the string s as the whole of file path (created 0644). 0 or -1. */
static inline int vt_put(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = write(fd, s, strlen(s));
	close(fd);
	return n == (ssize_t)strlen(s) ? 0 : -1;
}

/** mkdir that is content with an existing directory (test fixtures). */
static inline void vt_dir(const char *path) { mkdir(path, 0755); }

/** symlink(target, path), replacing what was at path (test fixtures). */
static inline int vt_link(const char *target, const char *path)
{
	unlink(path);
	return symlink(target, path);
}

/** Read up to len-1 bytes of file path into buf, NUL-terminated; the count or -1. */
static inline ssize_t vt_get(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, len - 1);
	close(fd);
	buf[n < 0 ? 0 : n] = '\0';
	return n;
}

#endif /* UK_VFS_TEST_H */
