/* SPDX-License-Identifier: BSD-3-Clause */
/* What was found: each device's note, and the one-line-per-device list. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <uk/dev.h>

void uk_dev_note(struct uk_dev *dev, const char *fmt, ...)
{
	size_t used = strlen(dev->note);
	va_list ap;

	if (used && used + 2 < sizeof(dev->note)) {
		memcpy(dev->note + used, "; ", 3);
		used += 2;
	}
	if (used + 1 >= sizeof(dev->note))
		return;
	va_start(ap, fmt);
	vsnprintf(dev->note + used, sizeof(dev->note) - used, fmt, ap);
	va_end(ap);
}

static const char *err_name(int err)
{
	switch (err) {
	case -ENOMEM: return "out of memory";
	case -EIO: return "I/O error";
	case -ENOENT: return "not found";
	case -EPERM: return "not permitted";
	case -EACCES: return "access denied";
	case -EBUSY: return "busy";
	case -ENODEV: return "no such device";
	case -EINVAL: return "invalid";
	case -ENOTSUP: return "not supported";
	case -ENOSPC: return "no space";
	default: return "error";
	}
}

void uk_dev_print(void)
{
	struct uk_dev *d;
	unsigned int i;

	for (i = 0; (d = uk_dev_get(i)); i++) {
		const char *sep = d->note[0] ? " " : "";

		if (!d->driver)
			printf("dev: %s [no driver]%s%s\n", d->name, sep,
			       d->note);
		else if (d->probe_err)
			printf("dev: %s [%s failed: %s (%d)]%s%s\n", d->name,
			       d->driver->name, err_name(d->probe_err),
			       d->probe_err, sep, d->note);
		else
			printf("dev: %s [%s]%s%s\n", d->name, d->driver->name,
			       sep, d->note);
	}
}
