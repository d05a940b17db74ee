/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Split virtqueues against a device played here (reading the available
 * ring, writing the used ring as a device does), and what the transports
 * found: each virtio device has a transport, and a modern one negotiated
 * VIRTIO_F_VERSION_1 once a driver took it.
 */
#include <errno.h>
#include <uk/dev.h>
#include <uk/test.h>
#include <uk/virtio.h>

UK_TESTSUITE(virtqueue);

static unsigned int notified;

static void notify(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	(void)vdev;
	(void)vq;
	notified++;
}

static const struct uk_virtio_transport fake = { .name = "fake",
						 .notify = notify };
static struct uk_virtio_dev fake_dev = { .tp = &fake };

/* The device: take every available buffer, use it (len bytes written). */
static unsigned int device_uses(struct uk_virtqueue *vq, uint16_t *seen,
				uint32_t len)
{
	volatile uint16_t *used_idx = (volatile uint16_t *)(vq->used + 2);
	unsigned int n = 0;
	uint16_t head;

	while (*seen != vq->avail[1]) {
		head = vq->avail[2 + (*seen & (vq->num - 1))];
		*(volatile uint32_t *)(vq->used + 4 +
				       8 * (*used_idx & (vq->num - 1))) = head;
		*(volatile uint32_t *)(vq->used + 8 +
				       8 * (*used_idx & (vq->num - 1))) = len;
		(*used_idx)++;
		(*seen)++;
		n++;
	}
	return n;
}

UK_TEST(virtqueue, add_kick_get)
{
	struct uk_virtqueue *vq = uk_virtqueue_create(&fake_dev, 0, 8);
	static char buf[8][64];
	struct uk_virtqueue_seg s[2];
	uint16_t seen = 0;
	uint32_t len;
	unsigned int i;

	UK_TEST_ASSERT(vq != NULL);
	UK_TEST_EXPECT_EQ((uintptr_t)vq->used % 4096, 0);
	UK_TEST_EXPECT_EQ(vq->num_free, 8);
	for (i = 0; i < 4; i++) {
		s[0] = (struct uk_virtqueue_seg){ buf[2 * i], 10 };
		s[1] = (struct uk_virtqueue_seg){ buf[2 * i + 1], 64 };
		UK_TEST_EXPECT_EQ(uk_virtqueue_add(vq, s, 1, 1, buf[2 * i]), 0);
	}
	UK_TEST_EXPECT_EQ(vq->num_free, 0);
	UK_TEST_EXPECT_EQ(uk_virtqueue_add(vq, s, 1, 0, buf[0]), -ENOSPC);
	UK_TEST_EXPECT_EQ(vq->avail[1], 0); /* not published before the kick */
	notified = 0;
	uk_virtqueue_kick(vq);
	UK_TEST_EXPECT_EQ(notified, 1);
	UK_TEST_EXPECT(!uk_virtqueue_has_used(vq));
	UK_TEST_EXPECT_EQ(device_uses(vq, &seen, 42), 4);
	for (i = 0; i < 4; i++) {
		UK_TEST_EXPECT(uk_virtqueue_get(vq, &len) == buf[2 * i]);
		UK_TEST_EXPECT_EQ(len, 42);
	}
	UK_TEST_EXPECT(uk_virtqueue_get(vq, NULL) == NULL);
	UK_TEST_EXPECT_EQ(vq->num_free, 8); /* every chain given back */
	uk_virtqueue_destroy(vq);
}

UK_TEST(virtqueue, suppression)
{
	struct uk_virtqueue *vq = uk_virtqueue_create(&fake_dev, 1, 4);
	static char b[4];
	struct uk_virtqueue_seg s = { b, 4 };
	uint16_t seen = 0;

	UK_TEST_ASSERT(vq != NULL);
	*(volatile uint16_t *)vq->used = 1; /* the device: no notifications */
	notified = 0;
	uk_virtqueue_add(vq, &s, 0, 1, b);
	uk_virtqueue_kick(vq);
	UK_TEST_EXPECT_EQ(notified, 0);
	uk_virtqueue_intr_disable(vq);
	UK_TEST_EXPECT_EQ(vq->avail[0] & 1, 1);
	UK_TEST_EXPECT(!uk_virtqueue_intr_enable(vq)); /* nothing used yet */
	UK_TEST_EXPECT_EQ(vq->avail[0] & 1, 0);
	device_uses(vq, &seen, 4);
	UK_TEST_EXPECT(uk_virtqueue_intr_enable(vq)); /* used already: drain */
	UK_TEST_EXPECT(uk_virtqueue_get(vq, NULL) == b);
	UK_TEST_EXPECT(uk_virtqueue_create(&fake_dev, 2, 6) ==
		       NULL); /* not 2^n */
	uk_virtqueue_destroy(vq);
}

UK_TEST(virtqueue, devices_found)
{
	struct uk_virtio_dev *v;
	struct uk_dev *d;
	unsigned int i;

	uk_dev_init();
	for (i = 0; (d = uk_dev_get(i)); i++) {
		if (d->bus != UK_DEV_BUS_VIRTIO)
			continue;
		v = uk_virtio_from_dev(d);
		UK_TEST_EXPECT(v->tp != NULL && v->tp->name != NULL);
		UK_TEST_EXPECT_NE(d->device, 0);
		if (d->driver && !d->probe_err && !v->legacy)
			UK_TEST_EXPECT(uk_virtio_has(v, UK_VIRTIO_F_VERSION_1));
		if (d->driver && !d->probe_err && v->legacy)
			UK_TEST_EXPECT_EQ(v->features >> 32, 0);
	}
}
