/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Finding vifs and binding netfront to them: the enumerator lists
 * device/vif/<id> in our xenstore home and adds a UK_DEV_BUS_XEN device
 * for each; probe reads the back end's path and domain and the MAC that
 * the toolstack wrote (device/vif/<id>/mac) and registers the netdev.
 *
 * The shutdown watch: once a vif is connected, a thread watches
 * control/shutdown; when the toolstack asks for poweroff, reboot or halt
 * (`xl shutdown`), every vif goes Closing and Closed with netback
 * following, its grants are ended, and the domain powers off. (`xl
 * destroy` gives the guest no say: the toolstack removes the back ends
 * itself.)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>
#include <uk/sched.h>
#include <uk/ukalloc.h>
#include "netfront.h"

#define MAX_VIFS 4

struct netfront *netfront_all;

/* "00:16:3e:01:02:03" into mac; 0 or -EINVAL. */
static int parse_mac(const char *s, uint8_t mac[UK_NETDEV_HWADDR_LEN])
{
	unsigned int i;
	char *end;

	for (i = 0; i < UK_NETDEV_HWADDR_LEN; i++) {
		unsigned long v = strtoul(s, &end, 16);

		if (end != s + 2 || v > 0xff ||
		    *end != (i + 1 < UK_NETDEV_HWADDR_LEN ? ':' : '\0'))
			return -EINVAL;
		mac[i] = (uint8_t)v;
		s = end + 1;
	}
	return 0;
}

static int probe(struct uk_dev *dev)
{
	struct netfront *nf = dev->bus_data;
	char path[64], mac[32];
	int rc;

	rc = uk_xenbus_dev_init(nf->xs, &nf->xb, "vif", dev->vendor);
	if (rc)
		return rc;
	snprintf(path, sizeof(path), "%s/mac", nf->xb.node);
	rc = uk_xs_read(nf->xs, UK_XS_NO_TX, path, mac, sizeof(mac));
	if (rc < 0 || parse_mac(mac, nf->nd.hwaddr)) {
		uk_dev_note(dev, "no usable mac (%d): a random one", rc);
		uk_netdev_hwaddr_random(nf->nd.hwaddr);
	}
	nf->nd.ops = &netfront_ops;
	nf->nd.mtu = 1500;
	nf->nd.priv = nf;
	snprintf(nf->nd.name, sizeof(nf->nd.name), "vif%u", nf->xb.id);
	dev->driver_data = nf;
	nf->next = netfront_all;
	netfront_all = nf;
	uk_netdev_register(&nf->nd);
	uk_dev_note(dev, "%s mac %02x:%02x:%02x:%02x:%02x:%02x backend %s",
		    nf->nd.name, nf->nd.hwaddr[0], nf->nd.hwaddr[1],
		    nf->nd.hwaddr[2], nf->nd.hwaddr[3], nf->nd.hwaddr[4],
		    nf->nd.hwaddr[5], nf->xb.backend);
	return 0;
}

static void enumerate(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	unsigned int ids[MAX_VIFS];
	struct netfront *nf;
	struct uk_xs *xs;
	int n, i;

	xs = uk_xs_get(NULL);
	if (!xs)
		return; /* dom0 or no xenstore: no PV devices */
	n = uk_xenbus_list(xs, "vif", ids, MAX_VIFS);
	for (i = 0; i < n && i < MAX_VIFS; i++) {
		nf = uk_calloc(a, 1, sizeof(*nf));
		if (!nf)
			return;
		nf->xs = xs;
		nf->dev.bus = UK_DEV_BUS_XEN;
		nf->dev.vendor = ids[i]; /* the vif's id */
		nf->dev.device = UK_DEV_XEN_VIF;
		nf->dev.bus_data = nf;
		snprintf(nf->dev.name, sizeof(nf->dev.name), "xen-vif%u",
			 ids[i]);
		uk_dev_add(&nf->dev);
	}
}

static const struct uk_dev_bus xen_vifs = { "xen-vif", enumerate };
UK_DEV_BUS(xen_vifs);

static const struct uk_dev_id ids[] = {
	{ UK_DEV_BUS_XEN, UK_DEV_ANY, UK_DEV_XEN_VIF },
	{ UK_DEV_BUS_NONE, 0, 0 },
};

static const struct uk_driver netfront = { "netfront", ids, probe };
UK_DRIVER(netfront);

/* What control/shutdown asks for: 1 to power off now, else 0. */
static int shutdown_asked(struct uk_xs *xs)
{
	char what[32];
	int n = uk_xs_read(xs, UK_XS_NO_TX, "control/shutdown", what,
			   sizeof(what));

	if (n <= 0)
		return 0;
	return !strcmp(what, "poweroff") || !strcmp(what, "reboot") ||
	       !strcmp(what, "halt");
}

static void watcher(void *arg)
{
	struct uk_xs *xs = arg;
	char ev[UK_XS_WATCH_PATH_MAX];
	struct uk_xs_watch w;
	struct netfront *nf;
	int rc;

	if (uk_xs_watch(xs, &w, "control/shutdown"))
		return;
	for (;;) {
		rc = uk_xs_watch_next(xs, &w, ev, sizeof(ev),
				      UKPLAT_TIME_NEVER);
		if (rc < 0 && rc != -ETIMEDOUT)
			return;
		if (shutdown_asked(xs))
			break;
	}
	uk_xs_unwatch(xs, &w);
	/* Acknowledge, as the toolstack expects of PV guests. */
	uk_xs_write(xs, UK_XS_NO_TX, "control/shutdown", "");
	for (nf = netfront_all; nf; nf = nf->next) {
		rc = netfront_close(nf);
		printf("netfront: %s closed (%d), back end %s\n", nf->nd.name,
		       rc,
		       uk_xenbus_state_name(
			       uk_xenbus_read_state(xs, nf->xb.backend)));
	}
	ukplat_terminate(0);
}

void netfront_watch_shutdown(struct uk_xs *xs)
{
	static bool started;
	struct uk_thread *t;

	if (started)
		return;
	t = uk_thread_create("netfront-shut", watcher, xs, 0);
	if (t) {
		uk_thread_detach(t);
		started = true;
	}
}
