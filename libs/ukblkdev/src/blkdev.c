/* SPDX-License-Identifier: BSD-3-Clause */
/* The block-device registry and the checked calls of uk/blkdev.h. */
#include <errno.h>
#include <uk/blkdev.h>
#include <uk/dev.h>

static struct uk_blkdev *devs[UK_BLKDEV_MAX];
static unsigned int ndevs;

int uk_blkdev_register(struct uk_blkdev *bd)
{
	if (ndevs >= UK_BLKDEV_MAX)
		return -ENOMEM;
	devs[ndevs++] = bd;
	return 0;
}

unsigned int uk_blkdev_count(void)
{
	uk_dev_init();
	return ndevs;
}

struct uk_blkdev *uk_blkdev_get(unsigned int i)
{
	return i < uk_blkdev_count() ? devs[i] : NULL;
}

static int in_range(const struct uk_blkdev *bd, uint64_t sector, uint32_t count)
{
	return sector <= bd->sectors && count <= bd->sectors - sector;
}

int uk_blkdev_read(struct uk_blkdev *bd, uint64_t sector, void *buf,
		   uint32_t count)
{
	if (!in_range(bd, sector, count))
		return -EINVAL;
	return count ? bd->ops->read(bd, sector, buf, count) : 0;
}

int uk_blkdev_write(struct uk_blkdev *bd, uint64_t sector, const void *buf,
		    uint32_t count)
{
	if (!in_range(bd, sector, count))
		return -EINVAL;
	if (bd->readonly)
		return -EROFS;
	return count ? bd->ops->write(bd, sector, buf, count) : 0;
}

int uk_blkdev_flush(struct uk_blkdev *bd)
{
	return bd->ops->flush ? bd->ops->flush(bd) : 0;
}
