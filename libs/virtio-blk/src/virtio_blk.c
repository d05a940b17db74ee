/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio-blk (virtio 1.x, 5.2) as a uk/blkdev.h device: queue 0 carries
 * requests of a 16-byte header (type, sector), the data and a status
 * byte the device writes. Requests are synchronous and polled: the
 * caller spins on the used ring, so no interrupt is set up. At most
 * MAX_REQ_SECTORS go in one request; larger calls are split.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/blkdev.h>
#include <uk/ukalloc.h>
#include <uk/virtio.h>

/* Feature bits (5.2.3) */
#define F_SIZE_MAX 1
#define F_SEG_MAX 2
#define F_RO 5
#define F_FLUSH 9
/* Configuration (5.2.4) */
#define CFG_CAPACITY 0
#define CFG_SEG_MAX 12
/* Request types and status (5.2.6) */
#define T_IN 0
#define T_OUT 1
#define T_FLUSH 4
#define S_OK 0
#define S_UNSUPP 2

#define MAX_REQ_SECTORS 128

struct vblk_hdr {
	uint32_t type;
	uint32_t reserved;
	uint64_t sector;
};

struct vblk {
	struct uk_blkdev bd;
	struct uk_virtio_dev *vdev;
	struct uk_virtqueue *vq;
	struct vblk_hdr hdr;
	volatile uint8_t status;
};

static unsigned int count;

/* One request: header, then len bytes of data (out for writes), status. */
static int request(struct vblk *v, uint32_t type, uint64_t sector, void *data,
		   uint32_t len)
{
	struct uk_virtqueue_seg seg[3];
	unsigned int nout = 1, nin = 1, n = 0;
	void *done;
	int r;

	v->hdr.type = type;
	v->hdr.reserved = 0;
	v->hdr.sector = sector;
	v->status = 0xff;
	seg[n++] = (struct uk_virtqueue_seg){ &v->hdr, sizeof(v->hdr) };
	if (len) {
		seg[n++] = (struct uk_virtqueue_seg){ data, len };
		if (type == T_OUT)
			nout++;
		else
			nin++;
	}
	seg[n++] = (struct uk_virtqueue_seg){ (const void *)&v->status, 1 };
	r = uk_virtqueue_add(v->vq, seg, nout, nin, v);
	if (r < 0)
		return r;
	uk_virtqueue_kick(v->vq);
	while (!(done = uk_virtqueue_get(v->vq, NULL)))
		;
	if (v->status == S_OK)
		return 0;
	return v->status == S_UNSUPP ? -ENOTSUP : -EIO;
}

static int rw(struct uk_blkdev *bd, uint32_t type, uint64_t sector, char *buf,
	      uint32_t n)
{
	struct vblk *v = bd->priv;
	uint32_t k;
	int r;

	while (n) {
		k = n < MAX_REQ_SECTORS ? n : MAX_REQ_SECTORS;
		r = request(v, type, sector, buf, k * UK_BLKDEV_SECTOR);
		if (r < 0)
			return r;
		sector += k;
		buf += (size_t)k * UK_BLKDEV_SECTOR;
		n -= k;
	}
	return 0;
}

static int vblk_read(struct uk_blkdev *bd, uint64_t sector, void *buf,
		     uint32_t n)
{
	return rw(bd, T_IN, sector, buf, n);
}

static int vblk_write(struct uk_blkdev *bd, uint64_t sector, const void *buf,
		      uint32_t n)
{
	return rw(bd, T_OUT, sector, (char *)(uintptr_t)buf, n);
}

static int vblk_flush(struct uk_blkdev *bd)
{
	struct vblk *v = bd->priv;

	if (!uk_virtio_has(v->vdev, F_FLUSH))
		return 0;
	return request(v, T_FLUSH, 0, NULL, 0);
}

static const struct uk_blkdev_ops ops = {
	.read = vblk_read,
	.write = vblk_write,
	.flush = vblk_flush,
};

static int probe(struct uk_dev *dev)
{
	struct uk_virtio_dev *vdev = uk_virtio_from_dev(dev);
	uint64_t want = 1ULL << F_RO | 1ULL << F_FLUSH;
	struct vblk *v;
	int err;

	v = uk_calloc(uk_alloc_get_default(), 1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	err = uk_virtio_negotiate(vdev, want);
	if (err)
		goto fail;
	v->vdev = vdev;
	v->vq = uk_virtio_vq_setup(vdev, 0, 64);
	if (!v->vq) {
		err = -ENOMEM;
		uk_virtio_fail(vdev);
		goto fail;
	}
	uk_virtqueue_intr_disable(v->vq);
	uk_virtio_driver_ok(vdev);
	v->bd.ops = &ops;
	v->bd.priv = v;
	v->bd.sectors =
		uk_virtio_config_read(vdev, CFG_CAPACITY, 4) |
		(uint64_t)uk_virtio_config_read(vdev, CFG_CAPACITY + 4, 4)
			<< 32;
	v->bd.readonly = uk_virtio_has(vdev, F_RO);
	snprintf(v->bd.name, sizeof(v->bd.name), "vblk%u", count++);
	err = uk_blkdev_register(&v->bd);
	if (err)
		goto fail;
	dev->driver_data = v;
	uk_dev_note(dev, "%s %llu sectors%s%s, %u descriptors, polled",
		    v->bd.name, (unsigned long long)v->bd.sectors,
		    v->bd.readonly ? " read-only" : "",
		    uk_virtio_has(vdev, F_FLUSH) ? " flush" : "", v->vq->num);
	return 0;
fail:
	uk_free(uk_alloc_get_default(), v);
	return err;
}

static const struct uk_dev_id ids[] = {
	{ UK_DEV_BUS_VIRTIO, UK_DEV_ANY, UK_VIRTIO_ID_BLOCK },
	{ UK_DEV_BUS_NONE, 0, 0 },
};

static const struct uk_driver virtio_blk = { "virtio-blk", ids, probe };
UK_DRIVER(virtio_blk);
