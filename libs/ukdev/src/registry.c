/* SPDX-License-Identifier: BSD-3-Clause */
/* The device list, the bus and driver sections, and binding. */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <uk/dev.h>

/* Linker-made bounds of the sections UK_DRIVER() and UK_DEV_BUS() fill. */
extern const struct uk_driver *const __start_uk_drivers[] __attribute__((weak));
extern const struct uk_driver *const __stop_uk_drivers[] __attribute__((weak));
extern const struct uk_dev_bus *const __start_uk_dev_buses[]
	__attribute__((weak));
extern const struct uk_dev_bus *const __stop_uk_dev_buses[]
	__attribute__((weak));

static struct uk_dev *devs, **devs_tail = &devs;
static unsigned int ndevs;

void uk_dev_add(struct uk_dev *dev)
{
	dev->next = NULL;
	dev->driver = NULL;
	dev->probe_err = 0;
	*devs_tail = dev;
	devs_tail = &dev->next;
	ndevs++;
}

unsigned int uk_dev_count(void) { return ndevs; }

struct uk_dev *uk_dev_get(unsigned int i)
{
	struct uk_dev *d;

	for (d = devs; d && i; d = d->next)
		i--;
	return d;
}

static bool id_matches(const struct uk_dev_id *id, const struct uk_dev *d)
{
	return id->bus == d->bus &&
	       (id->vendor == UK_DEV_ANY || id->vendor == d->vendor) &&
	       (id->device == UK_DEV_ANY || id->device == d->device);
}

static bool driver_matches(const struct uk_driver *drv, const struct uk_dev *d)
{
	const struct uk_dev_id *id;

	for (id = drv->ids; id && id->bus != UK_DEV_BUS_NONE; id++)
		if (id_matches(id, d))
			return true;
	return false;
}

/* Offer d to each matching driver until one takes it. */
static bool bind(struct uk_dev *d)
{
	const struct uk_driver *const *p;
	int err;

	for (p = __start_uk_drivers; p < __stop_uk_drivers; p++) {
		if (!*p || !driver_matches(*p, d))
			continue;
		err = (*p)->probe(d);
		if (!err) {
			d->driver = *p;
			d->probe_err = 0;
			return true;
		}
		if (err != -ENODEV) {
			d->driver = *p; /* its driver, which failed */
			d->probe_err = err;
			return false;
		}
	}
	return false;
}

unsigned int uk_dev_init(void)
{
	static bool done;
	static unsigned int bound;
	const struct uk_dev_bus *const *b;
	struct uk_dev *d;

	if (done)
		return bound;
	done = true;
	for (b = __start_uk_dev_buses; b < __stop_uk_dev_buses; b++)
		if (*b && (*b)->enumerate)
			(*b)->enumerate();
	/* Devices added by probes join the end of the list: seen too. */
	for (d = devs; d; d = d->next)
		if (bind(d))
			bound++;
	return bound;
}
