/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/dev.h - the device model: devices found on buses, drivers that
 * claim them, and the registry that binds the two.
 *
 * Small on purpose (Zephyr-like, not Linux-like): no sysfs, no hotplug,
 * no power management, no reference counts. A device is a struct uk_dev
 * with the bus it sits on and two numbers the bus gives it (vendor and
 * device: the PCI ids; for virtio devices, whatever transport carries
 * them, the virtio device type). A bus library (PCI, virtio-mmio, the
 * linuxu host) registers an enumerator with UK_DEV_BUS(); a driver
 * library registers a struct uk_driver with UK_DRIVER(), listing the ids
 * it handles. Both live in linker sections, so linking a library is all
 * it takes to use it: an app selects its drivers as libraries.
 *
 * uk_dev_init() (run once, on first use: uk_netdev_count() calls it)
 * runs every enumerator, then offers each device to the drivers whose
 * ids match, in link order, until one's probe() returns 0. A driver may
 * itself add devices (the virtio PCI transport adds a virtio device for
 * each virtio PCI function): they are probed in turn. Everything runs in
 * thread context, once; nothing here is for interrupt handlers.
 *
 * Each device carries a short text of what was found (bus address,
 * registers, transport, interrupt route), which buses and drivers extend
 * with uk_dev_note() and uk_dev_print() shows, one line per device.
 */
#ifndef UK_DEV_H
#define UK_DEV_H

#include <stddef.h>
#include <stdint.h>

/** Buses (struct uk_dev.bus, struct uk_dev_id.bus). */
#define UK_DEV_BUS_NONE 0
#define UK_DEV_BUS_PCI 1	 /**< vendor/device: PCI ids */
#define UK_DEV_BUS_VIRTIO 2	 /**< device: virtio device type (1 net) */
#define UK_DEV_BUS_VIRTIO_MMIO 3 /**< a virtio-mmio register window */
#define UK_DEV_BUS_HOST \
	4		 /**< linuxu: a host facility (device: UK_DEV_HOST_*) */
#define UK_DEV_BUS_XEN 5 /**< Xen PV devices (device: UK_DEV_XEN_*) */

/** Host facilities on UK_DEV_BUS_HOST. */
#define UK_DEV_HOST_TAP 1
/** Xen device kinds on UK_DEV_BUS_XEN. */
#define UK_DEV_XEN_VIF 1

/** Matches any vendor or device number. */
#define UK_DEV_ANY 0xffffffffU

/** Bytes of the text uk_dev_note() builds (longer notes are cut). */
#define UK_DEV_NOTE_MAX 256

/** A device found on a bus. */
struct uk_dev {
	uint16_t bus;	       /**< UK_DEV_BUS_* */
	uint32_t vendor;       /**< bus-specific id */
	uint32_t device;       /**< bus-specific id */
	char name[24];	       /**< e.g. "pci0:03.0", "virtio-mmio0" */
	struct uk_dev *parent; /**< the device it was found on, or NULL */
	void *bus_data;	       /**< the bus's (e.g. struct uk_pci_dev) */
	const struct uk_driver *driver; /**< bound driver, or NULL */
	void *driver_data;		/**< the bound driver's */
	int probe_err; /**< last probe error (0: none tried or bound) */
	char note[UK_DEV_NOTE_MAX];
	struct uk_dev *next;
};

/** One kind of device a driver handles. */
struct uk_dev_id {
	uint16_t bus;	 /**< UK_DEV_BUS_*; UK_DEV_BUS_NONE ends a list */
	uint32_t vendor; /**< or UK_DEV_ANY */
	uint32_t device; /**< or UK_DEV_ANY */
};

/** A driver. */
struct uk_driver {
	const char *name;
	const struct uk_dev_id *ids; /**< ended by { UK_DEV_BUS_NONE } */
	/**
	 * Claim dev: 0 if bound (set dev->driver_data), -ENODEV if it is
	 * not this driver's after all (the next matching driver is tried),
	 * another negative errno if it is but failed (noted, not retried).
	 */
	int (*probe)(struct uk_dev *dev);
};

/** A bus enumerator: adds the devices it finds with uk_dev_add(). */
struct uk_dev_bus {
	const char *name;
	void (*enumerate)(void);
};

#define UK_DEV_SECTION_(sec) \
	__attribute__((used, retain, section(sec), aligned(sizeof(void *))))

/** Register driver drv (a static const struct uk_driver) at link time. */
#define UK_DRIVER(drv)                                            \
	static const struct uk_driver *const uk_driver_ptr__##drv \
		UK_DEV_SECTION_("uk_drivers") = &(drv)

/** Register bus enumerator b (a static const struct uk_dev_bus). */
#define UK_DEV_BUS(b)                                             \
	static const struct uk_dev_bus *const uk_dev_bus_ptr__##b \
		UK_DEV_SECTION_("uk_dev_buses") = &(b)

/**
 * Find the devices and bind the drivers linked into the image (once;
 * later calls return at once). Returns the number of bound devices.
 */
unsigned int uk_dev_init(void);

/**
 * Add a device (bus, ids, name and bus_data filled; the rest zero). From
 * an enumerator or a probe function: it is offered to the drivers after
 * the devices already known. dev must stay allocated.
 */
void uk_dev_add(struct uk_dev *dev);

/** Number of devices found (bound or not). */
unsigned int uk_dev_count(void);

/** Device i in the order found, or NULL. */
struct uk_dev *uk_dev_get(unsigned int i);

/** Append a formatted text to dev's note ("; " between notes). */
void uk_dev_note(struct uk_dev *dev, const char *fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));

/**
 * Print every device on the console, one line each:
 * "dev: <name> [<driver>|no driver|<driver> failed: <err>] <note>".
 */
void uk_dev_print(void);

#endif /* UK_DEV_H */
