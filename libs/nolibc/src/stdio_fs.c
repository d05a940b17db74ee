/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Streams and the file system: remove, rename, tmpfile, tmpnam, perror,
 * and the fallbacks that let an image without a file system link: open,
 * unlink, rmdir, mkdir and rename fail with ENOENT (without a file system
 * no file exists) unless a file-system library (the VFS) defines them.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

__attribute__((weak)) int open(const char *path, int flags, ...)
{
	(void)path;
	(void)flags;
	errno = ENOENT;
	return -1;
}

__attribute__((weak)) int unlink(const char *path)
{
	(void)path;
	errno = ENOENT;
	return -1;
}

__attribute__((weak)) int rmdir(const char *path)
{
	(void)path;
	errno = ENOENT;
	return -1;
}

__attribute__((weak)) int mkdir(const char *path, mode_t mode)
{
	(void)path;
	(void)mode;
	errno = ENOENT;
	return -1;
}

__attribute__((weak)) int rename(const char *from, const char *to)
{
	(void)from;
	(void)to;
	errno = ENOENT;
	return -1;
}

int remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	if (errno == EISDIR || errno == EPERM)
		return rmdir(path);
	return -1;
}

/* Names "/tmp/tmp.<n>"; a counter shared by tmpnam and tmpfile. */
static unsigned int tmp_counter;

static char *tmp_name(char *s)
{
	snprintf(s, L_tmpnam, P_tmpdir "/tmp.%u", ++tmp_counter);
	return s;
}

char *tmpnam(char *s)
{
	static char name[L_tmpnam];

	return tmp_name(s ? s : name);
}

FILE *tmpfile(void)
{
	char name[L_tmpnam];
	FILE *f;
	int fd, tries, made_dir = 0;

	for (tries = 0; tries < 100; tries++) {
		fd = open(tmp_name(name), O_RDWR | O_CREAT | O_EXCL, 0600);
		if (fd >= 0)
			break;
		/* A fresh root has no P_tmpdir: make it once (sticky, as usual). */
		if (errno == ENOENT && !made_dir) {
			made_dir = 1;
			if (mkdir(P_tmpdir, 01777) == 0 || errno == EEXIST)
				continue;
			errno = ENOENT;
		}
		if (errno != EEXIST)
			return NULL;
	}
	if (fd < 0)
		return NULL;
	unlink(name);
	f = fdopen(fd, "w+");
	if (!f)
		close(fd);
	return f;
}

void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}
