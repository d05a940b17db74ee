/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Modern virtio over PCI (virtio 1.x, 4.1.4): vendor capabilities
 * (cfg_type at +3, BAR at +4, offset at +8, length at +12; the notify
 * one has the notify_off_multiplier at +16) locate the common
 * configuration, the notification area, the ISR byte and the device
 * configuration inside BARs.
 */
#include <errno.h>
#include "virtio_pci.h"

#define CAP_COMMON 1
#define CAP_NOTIFY 2
#define CAP_ISR 3
#define CAP_DEVICE 4

/* Common configuration (virtio 1.x, 4.1.4.3) */
#define DFSELECT 0x00
#define DF 0x04
#define GFSELECT 0x08
#define GF 0x0c
#define MSIX_CONFIG 0x10
#define NUM_QUEUES 0x12
#define STATUS 0x14
#define Q_SELECT 0x16
#define Q_SIZE 0x18
#define Q_MSIX 0x1a
#define Q_ENABLE 0x1c
#define Q_NOFF 0x1e
#define Q_DESC 0x20
#define Q_AVAIL 0x28
#define Q_USED 0x30

static uint64_t device_features(struct uk_virtio_dev *vdev)
{
	struct vpci *v = to_vpci(vdev);
	uint64_t f;

	uk_io_write32(&v->common, DFSELECT, 0);
	f = uk_io_read32(&v->common, DF);
	uk_io_write32(&v->common, DFSELECT, 1);
	return f | (uint64_t)uk_io_read32(&v->common, DF) << 32;
}

static void set_driver_features(struct uk_virtio_dev *vdev, uint64_t f)
{
	struct vpci *v = to_vpci(vdev);

	uk_io_write32(&v->common, GFSELECT, 0);
	uk_io_write32(&v->common, GF, (uint32_t)f);
	uk_io_write32(&v->common, GFSELECT, 1);
	uk_io_write32(&v->common, GF, (uint32_t)(f >> 32));
}

static uint8_t get_status(struct uk_virtio_dev *vdev)
{
	return uk_io_read8(&to_vpci(vdev)->common, STATUS);
}

static void set_status(struct uk_virtio_dev *vdev, uint8_t s)
{
	uk_io_write8(&to_vpci(vdev)->common, STATUS, s);
}

static void reset(struct uk_virtio_dev *vdev)
{
	unsigned int n;

	set_status(vdev, 0);
	/* The reset is complete once the status reads 0 again. */
	for (n = 0; n < 1000000 && get_status(vdev); n++)
		;
}

static uint32_t config_read(struct uk_virtio_dev *vdev, uint32_t off,
			    unsigned int len)
{
	struct vpci *v = to_vpci(vdev);

	return len == 1	  ? uk_io_read8(&v->device, off)
	       : len == 2 ? uk_io_read16(&v->device, off)
			  : uk_io_read32(&v->device, off);
}

static uint16_t queue_max(struct uk_virtio_dev *vdev, uint16_t i)
{
	struct vpci *v = to_vpci(vdev);

	if (i >= uk_io_read16(&v->common, NUM_QUEUES))
		return 0;
	uk_io_write16(&v->common, Q_SELECT, i);
	return uk_io_read16(&v->common, Q_SIZE);
}

static void write64(struct uk_io *io, uint32_t off, uint64_t val)
{
	uk_io_write32(io, off, (uint32_t)val);
	uk_io_write32(io, off + 4, (uint32_t)(val >> 32));
}

static int queue_setup(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	struct vpci *v = to_vpci(vdev);

	uk_io_write16(&v->common, Q_SELECT, vq->index);
	uk_io_write16(&v->common, Q_SIZE, vq->num);
	write64(&v->common, Q_DESC, uk_virtqueue_desc_addr(vq));
	write64(&v->common, Q_AVAIL, uk_virtqueue_avail_addr(vq));
	write64(&v->common, Q_USED, uk_virtqueue_used_addr(vq));
	if (v->msix) {
		uk_io_write16(&v->common, Q_MSIX, v->queue_vector[vq->index]);
		if (uk_io_read16(&v->common, Q_MSIX) !=
		    v->queue_vector[vq->index])
			return -EIO; /* the device could not take the vector */
	}
	vq->notify_data =
		(uint64_t)uk_io_read16(&v->common, Q_NOFF) * v->notify_mult;
	uk_io_write16(&v->common, Q_ENABLE, 1);
	return 0;
}

static void notify(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	uk_io_write16(&to_vpci(vdev)->notify, (uint32_t)vq->notify_data,
		      vq->index);
}

static int irq_setup(struct uk_virtio_dev *vdev, uint16_t nq)
{
	struct vpci *v = to_vpci(vdev);
	int err = vpci_irq_setup(v, nq, &v->isr, 0);

	if (err || !v->msix)
		return err;
	uk_io_write16(&v->common, MSIX_CONFIG, v->config_vector);
	return uk_io_read16(&v->common, MSIX_CONFIG) == v->config_vector ? 0
									 : -EIO;
}

const struct uk_virtio_transport vpci_modern = {
	.name = "virtio-pci modern",
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

int vpci_modern_init(struct vpci *v)
{
	struct uk_pci_dev *pd = v->pd;
	bool have[5] = { false };
	uint8_t cap = 0, type;
	uint32_t off, len;
	struct uk_io *io;

	while ((cap = uk_pci_find_cap(pd, UK_PCI_CAP_VENDOR, cap))) {
		type = uk_pci_read8(pd, cap + 3);
		if (type < CAP_COMMON || type > CAP_DEVICE || have[type])
			continue; /* the first of each kind is the one to use */
		off = uk_pci_read32(pd, cap + 8);
		len = uk_pci_read32(pd, cap + 12);
		io = type == CAP_COMMON	  ? &v->common
		     : type == CAP_NOTIFY ? &v->notify
		     : type == CAP_ISR	  ? &v->isr
					  : &v->device;
		if (uk_pci_bar_map(pd, uk_pci_read8(pd, cap + 4), off, len, io))
			continue;
		if (type == CAP_NOTIFY)
			v->notify_mult = uk_pci_read32(pd, cap + 16);
		have[type] = true;
	}
	return have[CAP_COMMON] && have[CAP_NOTIFY] && have[CAP_ISR] &&
			       have[CAP_DEVICE]
		       ? 0
		       : -ENODEV;
}
