/* SPDX-License-Identifier: BSD-3-Clause */
/* Device discovery and the front/back-end state handshake (uk/xenbus.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/xenbus.h>

/* Domain ids from here up are Xen's own (DOMID_SELF, ...). */
#define DOMID_FIRST_RESERVED 0x7ff0

static const char *const names[] = {
	"Unknown", "Initialising", "InitWait",	    "Initialised",  "Connected",
	"Closing", "Closed",	   "Reconfiguring", "Reconfigured",
};

const char *uk_xenbus_state_name(int state)
{
	return state >= 0 && state < (int)(sizeof(names) / sizeof(names[0]))
		       ? names[state]
		       : "invalid";
}

/* Insert v into the sorted ids[0..n) (keeping at most max). */
static void insert(unsigned int *ids, unsigned int n, unsigned int max,
		   unsigned int v)
{
	unsigned int i = n < max ? n : max;

	while (i > 0 && ids[i - 1] > v) {
		if (i < max)
			ids[i] = ids[i - 1];
		i--;
	}
	if (i < max)
		ids[i] = v;
}

int uk_xenbus_list(struct uk_xs *xs, const char *type, unsigned int *ids,
		   unsigned int max)
{
	char path[64], names[1024], *p, *end;
	unsigned long v;
	int n, i, count = 0;

	if (snprintf(path, sizeof(path), "device/%s", type) >=
	    (int)sizeof(path))
		return -ENAMETOOLONG;
	n = uk_xs_directory(xs, UK_XS_NO_TX, path, names, sizeof(names));
	if (n == -ENOENT)
		return 0;
	if (n < 0)
		return n;
	for (i = 0, p = names; i < n; i++, p += strlen(p) + 1) {
		v = strtoul(p, &end, 10);
		if (end == p || *end || v > UINT32_MAX)
			continue; /* not a device id */
		insert(ids, (unsigned int)count, max, (unsigned int)v);
		count++;
	}
	return count;
}

int uk_xenbus_dev_init(struct uk_xs *xs, struct uk_xenbus_dev *dev,
		       const char *type, unsigned int id)
{
	char path[96];
	long long domid;
	int rc;

	memset(dev, 0, sizeof(*dev));
	if (strlen(type) >= sizeof(dev->type) ||
	    snprintf(dev->node, sizeof(dev->node), "device/%s/%u", type, id) >=
		    (int)sizeof(dev->node))
		return -ENAMETOOLONG;
	memcpy(dev->type, type, strlen(type) + 1);
	dev->id = id;
	snprintf(path, sizeof(path), "%s/backend", dev->node);
	rc = uk_xs_read(xs, UK_XS_NO_TX, path, dev->backend,
			sizeof(dev->backend));
	if (rc < 0)
		return rc;
	snprintf(path, sizeof(path), "%s/backend-id", dev->node);
	rc = uk_xs_read_int(xs, UK_XS_NO_TX, path, &domid);
	if (rc < 0)
		return rc;
	if (domid < 0 || domid >= DOMID_FIRST_RESERVED)
		return -EINVAL;
	dev->backend_id = (uint16_t)domid;
	return 0;
}

int uk_xenbus_read_state(struct uk_xs *xs, const char *dir)
{
	char path[160];
	long long v;
	int rc;

	if (snprintf(path, sizeof(path), "%s/state", dir) >= (int)sizeof(path))
		return -ENAMETOOLONG;
	rc = uk_xs_read_int(xs, UK_XS_NO_TX, path, &v);
	if (rc == -ENOENT)
		return UK_XENBUS_UNKNOWN;
	if (rc < 0)
		return rc;
	return v >= 0 && v <= UK_XENBUS_RECONFIGURED ? (int)v : -EINVAL;
}

struct set_state {
	const struct uk_xenbus_dev *dev;
	enum uk_xenbus_state state;
};

static int set_state_tx(struct uk_xs *xs, uk_xs_tx_t tx, void *arg)
{
	const struct set_state *s = arg;
	char path[64], buf[8];
	int rc;

	snprintf(path, sizeof(path), "%s/state", s->dev->node);
	/* Gone (not just never written): the toolstack removed the device. */
	rc = uk_xs_read(xs, tx, s->dev->node, buf, sizeof(buf));
	if (rc == -ENOENT)
		return rc;
	return uk_xs_write_int(xs, tx, path, s->state);
}

int uk_xenbus_set_state(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
			enum uk_xenbus_state state)
{
	struct set_state s = { dev, state };

	return uk_xs_transaction(xs, set_state_tx, &s, 8);
}

int uk_xenbus_wait_backend(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
			   unsigned int mask, uint64_t deadline)
{
	struct uk_xs_watch w;
	char path[160], ev[UK_XS_WATCH_PATH_MAX];
	int rc, state;

	snprintf(path, sizeof(path), "%s/state", dev->backend);
	rc = uk_xs_watch(xs, &w, path);
	if (rc)
		return rc;
	for (;;) {
		/* Each event (the first comes at once) means: read it again. */
		rc = uk_xs_watch_next(xs, &w, ev, sizeof(ev), deadline);
		if (rc < 0)
			break;
		state = uk_xenbus_read_state(xs, dev->backend);
		if (state < 0) {
			rc = state;
			break;
		}
		if (mask & UK_XENBUS_STATE_BIT(state)) {
			rc = state;
			break;
		}
	}
	uk_xs_unwatch(xs, &w);
	return rc;
}

int uk_xenbus_connect(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
		      uk_xenbus_publish_fn publish, void *arg,
		      enum uk_xenbus_state then, uint64_t deadline)
{
	const unsigned int closed = UK_XENBUS_STATE_BIT(UK_XENBUS_CLOSING) |
				    UK_XENBUS_STATE_BIT(UK_XENBUS_CLOSED);
	uk_xs_tx_t tx;
	int rc, tries;

	rc = uk_xenbus_set_state(xs, dev, UK_XENBUS_INITIALISING);
	if (rc)
		return rc;
	rc = uk_xenbus_wait_backend(
		xs, dev,
		closed | UK_XENBUS_STATE_BIT(UK_XENBUS_INITWAIT) |
			UK_XENBUS_STATE_BIT(UK_XENBUS_INITIALISED) |
			UK_XENBUS_STATE_BIT(UK_XENBUS_CONNECTED),
		deadline);
	if (rc < 0)
		return rc;
	if (closed & UK_XENBUS_STATE_BIT(rc))
		return -ECONNREFUSED;
	for (tries = 0, rc = -EAGAIN; rc == -EAGAIN && tries < 8; tries++) {
		rc = uk_xs_tx_start(xs, &tx);
		if (rc)
			return rc;
		rc = publish ? publish(xs, tx, dev, arg) : 0;
		if (!rc) {
			char path[64];

			snprintf(path, sizeof(path), "%s/state", dev->node);
			rc = uk_xs_write_int(xs, tx, path, then);
		}
		if (rc) {
			uk_xs_tx_end(xs, tx, false);
			continue;
		}
		rc = uk_xs_tx_end(xs, tx, true);
	}
	if (rc)
		return rc;
	rc = uk_xenbus_wait_backend(
		xs, dev, closed | UK_XENBUS_STATE_BIT(UK_XENBUS_CONNECTED),
		deadline);
	if (rc < 0)
		return rc;
	return rc == UK_XENBUS_CONNECTED ? 0 : -ECONNREFUSED;
}

int uk_xenbus_close(struct uk_xs *xs, const struct uk_xenbus_dev *dev,
		    uint64_t deadline)
{
	const unsigned int gone = UK_XENBUS_STATE_BIT(UK_XENBUS_UNKNOWN) |
				  UK_XENBUS_STATE_BIT(UK_XENBUS_CLOSED);
	int rc;

	rc = uk_xenbus_set_state(xs, dev, UK_XENBUS_CLOSING);
	if (rc)
		return rc;
	rc = uk_xenbus_wait_backend(
		xs, dev, gone | UK_XENBUS_STATE_BIT(UK_XENBUS_CLOSING),
		deadline);
	if (rc < 0)
		return rc;
	rc = uk_xenbus_set_state(xs, dev, UK_XENBUS_CLOSED);
	if (rc)
		return rc;
	rc = uk_xenbus_wait_backend(xs, dev, gone, deadline);
	return rc < 0 ? rc : 0;
}
