/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * sqlite-app: libsqlite's shell as the image (uk/sqlite.h). When the image
 * has a block device, snapfs on vblk0 is mounted at /data first, so
 * "sqlite-app /data/db.sqlite ..." keeps its database across boots.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <uk/blkdev.h>
#include <uk/snapfs.h>
#include <uk/sqlite.h>

int main(int argc, char *argv[])
{
	long r;

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
	return uk_sqlite_shell(argc, argv);
}
