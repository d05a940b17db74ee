/* SPDX-License-Identifier: BSD-3-Clause */
/* Device initialisation (virtio 1.x, 3.1.1) over any transport. */
#include <errno.h>
#include <stdio.h>
#include <uk/virtio.h>

void uk_virtio_dev_add(struct uk_virtio_dev *vdev)
{
	static unsigned int count;

	snprintf(vdev->dev.name, sizeof(vdev->dev.name), "virtio%u", count++);
	vdev->dev.bus = UK_DEV_BUS_VIRTIO;
	vdev->dev.bus_data = vdev;
	uk_dev_add(&vdev->dev);
}

int uk_virtio_negotiate(struct uk_virtio_dev *vdev, uint64_t driver)
{
	const struct uk_virtio_transport *tp = vdev->tp;
	uint64_t f;

	tp->reset(vdev);
	tp->set_status(vdev, UK_VIRTIO_S_ACKNOWLEDGE);
	tp->set_status(vdev, UK_VIRTIO_S_ACKNOWLEDGE | UK_VIRTIO_S_DRIVER);
	if (!vdev->legacy)
		driver |= 1ULL << UK_VIRTIO_F_VERSION_1;
	f = tp->device_features(vdev) & driver;
	if (!vdev->legacy && !((f >> UK_VIRTIO_F_VERSION_1) & 1)) {
		uk_virtio_fail(vdev);
		return -EIO; /* a modern transport must offer VERSION_1 */
	}
	if (vdev->legacy)
		f &= 0xffffffffULL; /* 32 feature bits */
	tp->set_driver_features(vdev, f);
	vdev->features = f;
	if (vdev->legacy)
		return 0; /* no FEATURES_OK before 1.0 */
	tp->set_status(vdev, UK_VIRTIO_S_ACKNOWLEDGE | UK_VIRTIO_S_DRIVER |
				     UK_VIRTIO_S_FEATURES_OK);
	if (!(tp->get_status(vdev) & UK_VIRTIO_S_FEATURES_OK)) {
		uk_virtio_fail(vdev);
		return -EIO;
	}
	return 0;
}

uint32_t uk_virtio_config_read(struct uk_virtio_dev *vdev, uint32_t off,
			       unsigned int len)
{
	return vdev->tp->config_read(vdev, off, len);
}

struct uk_virtqueue *uk_virtio_vq_setup(struct uk_virtio_dev *vdev, uint16_t i,
					uint16_t want)
{
	uint16_t max, num;
	struct uk_virtqueue *vq;

	if (i >= UK_VIRTIO_MAX_QUEUES)
		return NULL;
	max = vdev->tp->queue_max(vdev, i);
	if (!max)
		return NULL;
	num = max;
	while (!vdev->tp->fixed_queue_size && want && num > want && num > 1)
		num >>= 1; /* queue sizes are powers of two */
	vq = uk_virtqueue_create(vdev, i, num);
	if (!vq)
		return NULL;
	if (vdev->tp->queue_setup(vdev, vq)) {
		uk_virtqueue_destroy(vq);
		return NULL;
	}
	vdev->vq[i] = vq;
	if (i + 1 > vdev->nq)
		vdev->nq = (uint16_t)(i + 1);
	return vq;
}

int uk_virtio_irq_setup(struct uk_virtio_dev *vdev, uint16_t nq,
			uk_virtio_vq_handler_t handler, void *arg)
{
	int err;

	if (nq > UK_VIRTIO_MAX_QUEUES)
		return -EINVAL;
	vdev->handler = handler;
	vdev->handler_arg = arg;
	err = vdev->tp->irq_setup(vdev, nq);
	if (err)
		uk_dev_note(&vdev->dev, "no interrupt (%d): polling", err);
	return err;
}

void uk_virtio_driver_ok(struct uk_virtio_dev *vdev)
{
	vdev->tp->set_status(vdev, vdev->tp->get_status(vdev) |
					   UK_VIRTIO_S_DRIVER_OK);
}

void uk_virtio_fail(struct uk_virtio_dev *vdev)
{
	vdev->tp->set_status(vdev,
			     vdev->tp->get_status(vdev) | UK_VIRTIO_S_FAILED);
}
