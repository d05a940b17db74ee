/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * "fstest blk": the block devices through uk/blkdev.h. Prints what the
 * host put in sectors 0 and 1, writes a marker to sectors 1-8 in one
 * call, flushes, reads them back and checks every byte, and checks the
 * end-of-device and read-only refusals. Lines start with "blk:".
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/blkdev.h>

static char buf[8 * UK_BLKDEV_SECTOR], back[8 * UK_BLKDEV_SECTOR];

/* Sector text up to its first NUL or newline, at most 60 characters. */
static void show(const char *what, const char *s)
{
	int n = 0;

	while (n < 60 && s[n] && s[n] != '\n')
		n++;
	printf("blk: %s: %.*s\n", what, n, s);
}

static int check_one(struct uk_blkdev *bd)
{
	int i, r;

	printf("blk: %s %llu sectors%s\n", bd->name,
	       (unsigned long long)bd->sectors,
	       bd->readonly ? " read-only" : "");
	r = uk_blkdev_read(bd, 0, buf, 2);
	if (r < 0) {
		printf("blk: read failed: %d\n", r);
		return 1;
	}
	show("sector 0", buf);
	show("sector 1", buf + UK_BLKDEV_SECTOR);
	printf("blk: read past the end: %d\n",
	       uk_blkdev_read(bd, bd->sectors, buf, 1));
	for (i = 0; i < 8; i++)
		snprintf(buf + i * UK_BLKDEV_SECTOR, UK_BLKDEV_SECTOR,
			 "written by the guest to sector %d\n", i + 1);
	r = uk_blkdev_write(bd, 1, buf, 8);
	if (bd->readonly) {
		printf("blk: write to a read-only disk: %d\n", r);
		return r == -EROFS ? 0 : 1;
	}
	if (r == 0)
		r = uk_blkdev_flush(bd);
	if (r == 0)
		r = uk_blkdev_read(bd, 1, back, 8);
	if (r < 0 || memcmp(buf, back, sizeof(buf)) != 0) {
		printf("blk: write/read back failed: %d\n", r);
		return 1;
	}
	printf("blk: wrote, flushed and read back sectors 1-8\n");
	return 0;
}

int blk_check(void)
{
	unsigned int i, n = uk_blkdev_count();
	int r = 0;

	printf("blk: %u device(s)\n", n);
	for (i = 0; i < n; i++)
		r |= check_one(uk_blkdev_get(i));
	return n ? r : 1;
}
