/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sqlite-app: libsqlite's shell as the image (uk/sqlite.h). When the image
 * has a block device, snapfs on vblk0 is mounted at /data first, so
 * "sqlite-app /data/db.sqlite ..." keeps its database across boots; /data
 * is synced once more at the end, so the state at a clean exit is on the
 * disk (docs/sqlite.md says what a power cut may lose).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/stat.h>
#include <uk/blkdev.h>
#include <uk/snapfs.h>
#include <uk/sqlite.h>

/* Write snapfs's tree once more at a clean exit (a last safety net: commits sync themselves). */
static int sync_data(void)
{
	int fd = open("/data", O_RDONLY | O_DIRECTORY), r;

	if (fd < 0)
		return -1;
	r = fsync(fd);
	close(fd);
	return r;
}

int main(int argc, char *argv[])
{
	long r;
	int status;

	if (uk_blkdev_count() > 0) {
		if (mkdir("/data", 0755) < 0 && errno != EEXIST) {
			fprintf(stderr, "sqlite-app: cannot make /data\n");
			return 1;
		}
		r = uk_snapfs_mount("vblk0", "/data");
		if (r < 0) {
			fprintf(stderr,
				"sqlite-app: cannot mount snapfs on vblk0 at "
				"/data: %ld\n",
				r);
			return 1;
		}
	}
	status = uk_sqlite_shell(argc, argv);
	if (uk_blkdev_count() > 0 && sync_data() < 0) {
		fprintf(stderr, "sqlite-app: cannot sync /data\n");
		return status ? status : 1;
	}
	return status;
}
