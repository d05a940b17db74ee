/* SPDX-License-Identifier: BSD-3-Clause */
/* snapfs: superblocks, the two data slots, mount and the fsync hook. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/blkdev.h>
#include <uk/initrd.h>
#include <uk/ramfs.h>
#include <uk/snapfs.h>
#include <uk/ukdebug.h>
#include "snapfs.h"

#define SECTOR UK_BLKDEV_SECTOR
#define DATA_START 8
static const char MAGIC[8] = { 'U', 'K', 'S', 'N', 'A', 'P', '0', '1' };

struct sb {
	char magic[8];
	uint64_t gen;
	uint64_t len;	   /* bytes of the snapshot */
	uint32_t data_crc; /* of those bytes */
	uint32_t slot;
	uint32_t sb_crc; /* of the fields above */
};

struct snapfs {
	struct uk_blkdev *bd;
	char path[256];
	uint64_t gen;
	uint64_t slot_sectors;
};

static uint64_t slot_start(const struct snapfs *s, unsigned int slot)
{
	return DATA_START + slot * s->slot_sectors;
}

/* Superblock of slot, if valid. */
static int read_sb(struct snapfs *s, unsigned int slot, struct sb *out)
{
	static char sec[SECTOR];
	int r = uk_blkdev_read(s->bd, slot, sec, 1);

	if (r < 0)
		return r;
	memcpy(out, sec, sizeof(*out));
	if (memcmp(out->magic, MAGIC, sizeof(MAGIC)) || out->slot != slot ||
	    out->sb_crc != snapfs_crc32(out, offsetof(struct sb, sb_crc)) ||
	    out->len > s->slot_sectors * SECTOR)
		return -EINVAL;
	return 0;
}

static int snap_sync(struct uk_mount *m, void *arg)
{
	struct snapfs *s = arg;
	struct snapfs_buf b = { 0 };
	unsigned int slot = (unsigned int)((s->gen + 1) % 2);
	static char sec[SECTOR];
	struct sb sb;
	size_t sectors;
	int r;

	(void)m;
	r = snapfs_archive(s->path, &b);
	sectors = (b.len + SECTOR - 1) / SECTOR;
	if (r == 0 && sectors > s->slot_sectors)
		r = -ENOSPC;
	if (r == 0 && b.len % SECTOR) {
		/* Zero the tail of the last sector (the buffer has room: cap is 4K-aligned). */
		if (b.cap < sectors * SECTOR)
			r = -ENOSPC;
		else
			memset(b.data + b.len, 0, sectors * SECTOR - b.len);
	}
	if (r == 0)
		r = uk_blkdev_write(s->bd, slot_start(s, slot), b.data,
				    (uint32_t)sectors);
	if (r == 0)
		r = uk_blkdev_flush(s->bd);
	if (r == 0) {
		memset(&sb, 0, sizeof(sb));
		memcpy(sb.magic, MAGIC, sizeof(MAGIC));
		sb.gen = s->gen + 1;
		sb.len = b.len;
		sb.data_crc = snapfs_crc32(b.data, b.len);
		sb.slot = slot;
		sb.sb_crc = snapfs_crc32(&sb, offsetof(struct sb, sb_crc));
		memset(sec, 0, sizeof(sec));
		memcpy(sec, &sb, sizeof(sb));
		r = uk_blkdev_write(s->bd, slot, sec, 1);
	}
	if (r == 0)
		r = uk_blkdev_flush(s->bd);
	if (r == 0)
		s->gen++;
	free(b.data);
	return r;
}

static struct uk_blkdev *find_dev(const char *name)
{
	unsigned int i, n = uk_blkdev_count();

	for (i = 0; i < n; i++)
		if (strcmp(uk_blkdev_get(i)->name, name) == 0)
			return uk_blkdev_get(i);
	return NULL;
}

/* Unpack the newest valid snapshot into the mounted tree; its generation or -errno. */
static long load(struct snapfs *s)
{
	struct sb sb[2];
	int ok[2], best, r;
	uint64_t sectors;
	char *data;

	ok[0] = read_sb(s, 0, &sb[0]) == 0;
	ok[1] = read_sb(s, 1, &sb[1]) == 0;
	/* Try the newer valid one first, then the other. */
	best = ok[1] && (!ok[0] || sb[1].gen > sb[0].gen);
	for (int tries = 0; tries < 2; tries++, best = !best) {
		if (!ok[best])
			continue;
		sectors = (sb[best].len + SECTOR - 1) / SECTOR;
		data = malloc(sectors ? sectors * SECTOR : 1);
		if (!data)
			return -ENOMEM;
		r = uk_blkdev_read(s->bd, slot_start(s, (unsigned int)best),
				   data, (uint32_t)sectors);
		if (r == 0 &&
		    snapfs_crc32(data, sb[best].len) != sb[best].data_crc)
			r = -EIO;
		if (r == 0) {
			r = uk_initrd_unpack(data, sb[best].len, s->path);
			free(data);
			if (r < 0)
				return r;
			s->gen = sb[best].gen;
			return (long)s->gen;
		}
		free(data);
		uk_pr_warn(
			"snapfs: %s: snapshot %llu unreadable (%d), trying the other\n",
			s->bd->name, (unsigned long long)sb[best].gen, r);
	}
	return 0;
}

long uk_snapfs_mount(const char *dev, const char *path)
{
	struct uk_mount *m;
	struct snapfs *s;
	long r;
	int err;

	s = calloc(1, sizeof(*s));
	if (!s)
		return -ENOMEM;
	s->bd = find_dev(dev);
	r = -ENODEV;
	if (!s->bd || s->bd->sectors < DATA_START + 2)
		goto fail;
	r = -ENAMETOOLONG;
	if (strlen(path) >= sizeof(s->path))
		goto fail;
	strcpy(s->path, path);
	s->slot_sectors = (s->bd->sectors - DATA_START) / 2;
	r = uk_vfs_mount(&uk_ramfs, NULL, path);
	if (r < 0)
		goto fail;
	m = uk_vfs_mount_of(path, &err);
	r = load(s);
	if (r < 0 || !m) {
		uk_vfs_unmount(path);
		goto fail;
	}
	uk_ramfs_set_sync(m, snap_sync, s);
	return r;
fail:
	free(s);
	return r;
}
