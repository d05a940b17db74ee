/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Legacy virtio over PCI (virtio 0.9.5, 2.1; virtio 1.x, 4.1.4.8): the
 * register block in I/O BAR 0. 32 feature bits, the queue as one page
 * frame number with the device's own size, and the device configuration
 * after the MSI-X vector registers when MSI-X is on.
 */
#include <errno.h>
#include "virtio_pci.h"

#define HOST_FEATURES 0
#define GUEST_FEATURES 4
#define QUEUE_PFN 8
#define QUEUE_NUM 12
#define QUEUE_SEL 14
#define QUEUE_NOTIFY 16
#define STATUS 18
#define ISR 19
#define CONFIG_VECTOR 20
#define QUEUE_VECTOR 22
#define CONFIG 20
#define CONFIG_MSIX 24
#define PAGE_SHIFT 12

static uint64_t device_features(struct uk_virtio_dev *vdev)
{
	return uk_io_read32(&to_vpci(vdev)->regs, HOST_FEATURES);
}

static void set_driver_features(struct uk_virtio_dev *vdev, uint64_t f)
{
	uk_io_write32(&to_vpci(vdev)->regs, GUEST_FEATURES, (uint32_t)f);
}

static uint8_t get_status(struct uk_virtio_dev *vdev)
{
	return uk_io_read8(&to_vpci(vdev)->regs, STATUS);
}

static void set_status(struct uk_virtio_dev *vdev, uint8_t s)
{
	uk_io_write8(&to_vpci(vdev)->regs, STATUS, s);
}

static void reset(struct uk_virtio_dev *vdev) { set_status(vdev, 0); }

static uint32_t config_read(struct uk_virtio_dev *vdev, uint32_t off,
			    unsigned int len)
{
	struct vpci *v = to_vpci(vdev);

	off += v->msix ? CONFIG_MSIX : CONFIG;
	return len == 1	  ? uk_io_read8(&v->regs, off)
	       : len == 2 ? uk_io_read16(&v->regs, off)
			  : uk_io_read32(&v->regs, off);
}

static uint16_t queue_max(struct uk_virtio_dev *vdev, uint16_t i)
{
	struct vpci *v = to_vpci(vdev);

	uk_io_write16(&v->regs, QUEUE_SEL, i);
	return uk_io_read16(&v->regs, QUEUE_NUM);
}

static int queue_setup(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	struct vpci *v = to_vpci(vdev);
	uint64_t pfn = uk_virtqueue_desc_addr(vq) >> PAGE_SHIFT;

	if (pfn >> 32)
		return -EINVAL; /* the register has 32 bits */
	uk_io_write16(&v->regs, QUEUE_SEL, vq->index);
	if (v->msix) {
		uk_io_write16(&v->regs, QUEUE_VECTOR,
			      v->queue_vector[vq->index]);
		if (uk_io_read16(&v->regs, QUEUE_VECTOR) !=
		    v->queue_vector[vq->index])
			return -EIO;
	}
	uk_io_write32(&v->regs, QUEUE_PFN, (uint32_t)pfn);
	return 0;
}

static void notify(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	uk_io_write16(&to_vpci(vdev)->regs, QUEUE_NOTIFY, vq->index);
}

static int irq_setup(struct uk_virtio_dev *vdev, uint16_t nq)
{
	struct vpci *v = to_vpci(vdev);
	int err = vpci_irq_setup(v, nq, &v->regs, ISR);

	if (err || !v->msix)
		return err;
	uk_io_write16(&v->regs, CONFIG_VECTOR, v->config_vector);
	return uk_io_read16(&v->regs, CONFIG_VECTOR) == v->config_vector ? 0
									 : -EIO;
}

const struct uk_virtio_transport vpci_legacy = {
	.name = "virtio-pci legacy",
	.fixed_queue_size = true,
	.device_features = device_features,
	.set_driver_features = set_driver_features,
	.get_status = get_status,
	.set_status = set_status,
	.reset = reset,
	.config_read = config_read,
	.queue_max = queue_max,
	.queue_setup = queue_setup,
	.notify = notify,
	.irq_setup = irq_setup,
};

int vpci_legacy_init(struct vpci *v)
{
	const struct uk_pci_bar *b = &v->pd->bar[0];

	if (!b->io || b->size < CONFIG_MSIX)
		return -ENODEV;
	return uk_pci_bar_map(v->pd, 0, 0, b->size, &v->regs);
}
