/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Storage test app, on the ramfs root mounted at boot (with the initrd
 * unpacked into it, if one was given):
 *
 *   fstest                 run every vfs/ramfs in-image test
 *   fstest PATTERN...      the tests matching (uk/test.h: "vfs_open", "vfs_links.*")
 *   fstest cat PATH...     print each file (exit 1 if one cannot be read)
 *   fstest ls PATH...      list each directory: "<type> <size> <name>" per entry
 *   fstest blk             on each block device: print sector 0 and 1 as text,
 *                          write sectors 1-8, flush, read them back (blk.c)
 *   fstest persist N       snapfs on vblk0 at /data: check it, then N rounds
 *                          of writes and fsync (0: until killed; persist.c)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/test.h>

/* blk.c */
int blk_check(void);
/* persist.c */
int persist(long rounds);

static int cat(const char *path)
{
	char buf[512];
	ssize_t n;
	int fd = open(path, O_RDONLY);

	if (fd < 0) {
		printf("cat: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		write(STDOUT_FILENO, buf, (size_t)n);
	close(fd);
	return n < 0;
}

static int ls(const char *dir)
{
	char path[1024];
	struct dirent *de;
	struct stat st;
	DIR *d = opendir(dir);

	if (!d) {
		printf("ls: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	while ((de = readdir(d))) {
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (lstat(path, &st) < 0)
			continue;
		printf("%c %ld %s\n",
		       S_ISDIR(st.st_mode)   ? 'd'
		       : S_ISLNK(st.st_mode) ? 'l'
					     : '-',
		       (long)st.st_size, de->d_name);
	}
	closedir(d);
	return 0;
}

int main(int argc, char *argv[])
{
	int i, r = 0;

	if (argc >= 2 &&
	    (strcmp(argv[1], "cat") == 0 || strcmp(argv[1], "ls") == 0)) {
		for (i = 2; i < argc; i++)
			r |= argv[1][0] == 'c' ? cat(argv[i]) : ls(argv[i]);
		return r;
	}
	if (argc == 2 && strcmp(argv[1], "blk") == 0)
		return blk_check();
	if (argc == 3 && strcmp(argv[1], "persist") == 0)
		return persist(strtol(argv[2], NULL, 10));
	return uk_test_main(argc, argv);
}
