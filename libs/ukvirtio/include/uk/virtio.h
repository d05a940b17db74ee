/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/virtio.h - virtio devices (virtio 1.x, with the legacy 0.9.5
 * interface where a device offers only that), whatever the transport:
 *  - PCI, modern (1.0: the vendor capabilities locate the common, notify,
 *    ISR and device configuration in BARs), or legacy (the I/O BAR 0
 *    register block) for devices without the capabilities; interrupts
 *    through MSI-X (a vector for configuration changes and one per queue,
 *    or one shared when there are fewer) or INTx with the ISR register;
 *  - MMIO, version 2 or legacy version 1, one interrupt line with the
 *    InterruptStatus register; the devices come from the device tree
 *    ("virtio,mmio") or the command line (virtio_mmio.device=, QEMU's
 *    microvm).
 * Each device found becomes a struct uk_dev on UK_DEV_BUS_VIRTIO whose
 * device number is the virtio device type (1 network, 2 block, ...), and
 * its note tells the transport and interrupt route, e.g. "virtio-pci
 * modern msix 3 vectors" or "virtio-mmio v1 irq 12 level".
 *
 * A driver (matching { UK_DEV_BUS_VIRTIO, UK_DEV_ANY, type }) takes the
 * device through the initialisation of virtio 1.x, 3.1.1:
 *	vdev = uk_virtio_from_dev(dev);
 *	uk_virtio_negotiate(vdev, features_it_knows);   // reset .. FEATURES_OK
 *	uk_virtio_config_read(vdev, off, len);          // e.g. the MAC
 *	uk_virtio_irq_setup(vdev, nq, handler, arg);    // interrupts
 *	vq = uk_virtio_vq_setup(vdev, i, wanted_size);  // per queue
 *	uk_virtio_driver_ok(vdev);
 * The handler runs in interrupt context (inside ukplat_halt()) with the
 * queue whose buffers were used (or UK_VIRTIO_ALL_QUEUES when the
 * transport cannot tell which).
 */
#ifndef UK_VIRTIO_H
#define UK_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/dev.h>
#include <uk/virtqueue.h>

/* Device status bits (virtio 1.x, 2.1) */
#define UK_VIRTIO_S_ACKNOWLEDGE 1
#define UK_VIRTIO_S_DRIVER 2
#define UK_VIRTIO_S_DRIVER_OK 4
#define UK_VIRTIO_S_FEATURES_OK 8
#define UK_VIRTIO_S_NEEDS_RESET 64
#define UK_VIRTIO_S_FAILED 128

/* Transport feature bits (virtio 1.x, 6) */
#define UK_VIRTIO_F_NOTIFY_ON_EMPTY 24
#define UK_VIRTIO_F_ANY_LAYOUT 27
#define UK_VIRTIO_F_INDIRECT_DESC 28
#define UK_VIRTIO_F_EVENT_IDX 29
#define UK_VIRTIO_F_VERSION_1 32
#define UK_VIRTIO_F_ACCESS_PLATFORM 33

/** Device types (virtio 1.x, 5) */
#define UK_VIRTIO_ID_NET 1
#define UK_VIRTIO_ID_BLOCK 2

/** Handler argument: the transport cannot tell which queue. */
#define UK_VIRTIO_ALL_QUEUES 0xffff
/** Most queues a device may use here. */
#define UK_VIRTIO_MAX_QUEUES 8

struct uk_virtio_dev;

/** Called in interrupt context when queue (or UK_VIRTIO_ALL_QUEUES) has used buffers. */
typedef void (*uk_virtio_vq_handler_t)(struct uk_virtio_dev *vdev,
				       uint16_t queue, void *arg);

/** What a transport implements (the library's, not for drivers). */
struct uk_virtio_transport {
	const char *name;      /**< "virtio-pci modern", ... */
	bool fixed_queue_size; /**< queues have the device's size (legacy PCI) */
	uint64_t (*device_features)(struct uk_virtio_dev *vdev);
	void (*set_driver_features)(struct uk_virtio_dev *vdev, uint64_t f);
	uint8_t (*get_status)(struct uk_virtio_dev *vdev);
	void (*set_status)(struct uk_virtio_dev *vdev, uint8_t status);
	void (*reset)(struct uk_virtio_dev *vdev);
	/** Device-specific configuration, little-endian, len 1/2/4 bytes. */
	uint32_t (*config_read)(struct uk_virtio_dev *vdev, uint32_t off,
				unsigned int len);
	/** The device's largest size for queue i (0: no such queue). */
	uint16_t (*queue_max)(struct uk_virtio_dev *vdev, uint16_t i);
	/** Tell the device about vq (size, addresses), make it live. */
	int (*queue_setup)(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq);
	/** Notify the device of new buffers on vq. */
	void (*notify)(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq);
	/** Set up interrupts for nq queues (before the queues). */
	int (*irq_setup)(struct uk_virtio_dev *vdev, uint16_t nq);
};

/** A virtio device. */
struct uk_virtio_dev {
	struct uk_dev dev; /**< on UK_DEV_BUS_VIRTIO; bus_data points here */
	const struct uk_virtio_transport *tp;
	void *tp_data;	   /**< the transport's */
	bool legacy;	   /**< a 0.9.5 device (no VIRTIO_F_VERSION_1) */
	uint64_t features; /**< negotiated */
	uint16_t nq;	   /**< queues set up */
	struct uk_virtqueue *vq[UK_VIRTIO_MAX_QUEUES];
	uk_virtio_vq_handler_t handler;
	void *handler_arg;
	uint64_t irqs; /**< interrupts handled (for reports) */
};

/** The virtio device behind a device of UK_DEV_BUS_VIRTIO. */
static inline struct uk_virtio_dev *uk_virtio_from_dev(struct uk_dev *d)
{
	return (struct uk_virtio_dev *)d->bus_data;
}

/** True if feature bit f was negotiated. */
static inline bool uk_virtio_has(const struct uk_virtio_dev *vdev,
				 unsigned int f)
{
	return (vdev->features >> f) & 1;
}

/**
 * Reset the device, acknowledge it and negotiate: the features are the
 * device's and driver's in common (VIRTIO_F_VERSION_1 added, and
 * required, on modern transports). 0, or -EIO if the device refused them
 * (FEATURES_OK did not stick; the device is marked FAILED).
 */
int uk_virtio_negotiate(struct uk_virtio_dev *vdev, uint64_t driver);

/** Read len (1, 2 or 4) bytes of the device configuration at off. */
uint32_t uk_virtio_config_read(struct uk_virtio_dev *vdev, uint32_t off,
			       unsigned int len);

/**
 * Create queue i with at most want entries (0: the device's largest;
 * legacy PCI always uses the device's size) and hand it to the device. NULL if the device has no such queue or memory is short.
 */
struct uk_virtqueue *uk_virtio_vq_setup(struct uk_virtio_dev *vdev, uint16_t i,
					uint16_t want);

/**
 * Route the interrupts of the device's nq queues to handler(vdev, queue,
 * arg), before the queues are set up (MSI-X vectors are assigned to
 * them as they are). 0, or < 0 when there is no usable interrupt (the
 * driver then polls; noted on the device).
 */
int uk_virtio_irq_setup(struct uk_virtio_dev *vdev, uint16_t nq,
			uk_virtio_vq_handler_t handler, void *arg);

/** Set DRIVER_OK: the device may use the queues now. */
void uk_virtio_driver_ok(struct uk_virtio_dev *vdev);

/** Mark the device FAILED (the driver gives up on it). */
void uk_virtio_fail(struct uk_virtio_dev *vdev);

/**
 * For transports: name a virtio device they found ("virtio<n>"; vendor,
 * device, tp and legacy filled) and add it to the device layer.
 */
void uk_virtio_dev_add(struct uk_virtio_dev *vdev);

#endif /* UK_VIRTIO_H */
