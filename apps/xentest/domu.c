/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Suite xen_domu: a domU created by xl, with a vif on dom0's bridge, and
 * a dom0 script that answers through xenstore (test/e2e/xen-x86_64.test.ts
 * has that half). Keys live under our data/ukraft/ (data/ is ours to
 * write, and dom0's xenstore-write reaches it):
 *
 *   we write            dom0 does
 *   ready = 1           xenstore-write data/ukraft/ping pong-from-dom0
 *   gref = <ref>        maps the page with gntdev, writes a line into it,
 *                       puts what it read into data/ukraft/mapped, keeps
 *                       the mapping until we write unmap = 1
 *   unmap = 1           unmaps, writes data/ukraft/unmapped = 1
 *
 * Then the vif's front end goes Closing and Closed through xenbus, with
 * netback following (dom0 checks the back end is Closed afterwards).
 */
#ifdef CONFIG_LIBXENBUS /* xen-x86_64 only, so far */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/gnttab.h>
#include <uk/plat/time.h>
#include <uk/test.h>
#include <uk/xenbus.h>
#include <uk/xenstore.h>

UK_TESTSUITE(xen_domu);

#define WAIT_NS (60 * UKPLAT_NSEC_PER_SEC)

static char page[4096] __attribute__((aligned(4096)));

static struct uk_xs *store(void)
{
	int err;
	struct uk_xs *xs = uk_xs_get(&err);

	if (!xs)
		printf("xen_domu: no xenstore (%d)\n", err);
	return xs;
}

/* Wait on w until an event for path, then read path into buf. */
static int wait_key(struct uk_xs *xs, struct uk_xs_watch *w, const char *path,
		    char *buf, size_t len)
{
	uint64_t deadline = ukplat_monotonic_clock() + WAIT_NS;
	char ev[UK_XS_WATCH_PATH_MAX];
	int rc;

	for (;;) {
		rc = uk_xs_watch_next(xs, w, ev, sizeof(ev), deadline);
		if (rc < 0)
			return rc;
		rc = uk_xs_read(xs, UK_XS_NO_TX, path, buf, len);
		if (rc != -ENOENT)
			return rc;
	}
}

UK_TEST(xen_domu, reads_its_own_entries)
{
	struct uk_xs *xs = store();
	struct uk_xenbus_dev dev;
	char name[64], mac[32], want[64];
	long long domid;
	unsigned int ids[4];
	int n;

	UK_TEST_ASSERT(xs != NULL);
	UK_TEST_ASSERT_EQ(uk_xs_read_int(xs, UK_XS_NO_TX, "domid", &domid), 0);
	UK_TEST_EXPECT_GT(
		uk_xs_read(xs, UK_XS_NO_TX, "name", name, sizeof(name)), 0);
	n = uk_xs_read(xs, UK_XS_NO_TX, "device/vif/0/mac", mac, sizeof(mac));
	UK_TEST_EXPECT_EQ(n, 17);
	UK_TEST_EXPECT(mac[2] == ':' && mac[14] == ':');
	UK_TEST_EXPECT_EQ(uk_xenbus_list(xs, "vif", ids, 4), 1);
	UK_TEST_EXPECT_EQ(ids[0], 0);
	UK_TEST_ASSERT_EQ(uk_xenbus_dev_init(xs, &dev, "vif", 0), 0);
	snprintf(want, sizeof(want), "/local/domain/0/backend/vif/%lld/0",
		 domid);
	UK_TEST_EXPECT_STREQ(dev.backend, want);
	UK_TEST_EXPECT_EQ(dev.backend_id, 0);
	/* netback waits for a front end once the hotplug script ran */
	UK_TEST_EXPECT_EQ(uk_xenbus_read_state(xs, dev.backend),
			  UK_XENBUS_INITWAIT);
	printf("xen_domu: domid %lld name %s mac %s backend %s\n", domid, name,
	       mac, dev.backend);
}

UK_TEST(xen_domu, watch_fires_when_dom0_writes)
{
	struct uk_xs *xs = store();
	struct uk_xs_watch w;
	char buf[64], ev[UK_XS_WATCH_PATH_MAX];

	UK_TEST_ASSERT(xs != NULL);
	uk_xs_rm(xs, UK_XS_NO_TX, "data/ukraft");
	UK_TEST_ASSERT_EQ(uk_xs_watch(xs, &w, "data/ukraft/ping"), 0);
	/* xenstored's first event names the watched path, relative as given */
	UK_TEST_EXPECT_EQ(uk_xs_watch_next(xs, &w, ev, sizeof(ev),
					   ukplat_monotonic_clock() + WAIT_NS),
			  16);
	UK_TEST_EXPECT_STREQ(ev, "data/ukraft/ping");
	UK_TEST_EXPECT_EQ(
		uk_xs_write(xs, UK_XS_NO_TX, "data/ukraft/ready", "1"), 0);
	UK_TEST_EXPECT_EQ(
		wait_key(xs, &w, "data/ukraft/ping", buf, sizeof(buf)), 14);
	UK_TEST_EXPECT_STREQ(buf, "pong-from-dom0");
	UK_TEST_EXPECT_EQ(uk_xs_unwatch(xs, &w), 0);
}

UK_TEST(xen_domu, dom0_maps_a_granted_page)
{
	struct uk_xs *xs = store();
	struct uk_xs_watch w;
	char buf[128];
	long ref;

	UK_TEST_ASSERT(xs != NULL);
	snprintf(page, sizeof(page), "ukraft page for dom0");
	ref = uk_gnttab_grant_page(0, page, false);
	UK_TEST_ASSERT(ref >= UK_GNTTAB_RESERVED);
	UK_TEST_ASSERT_EQ(uk_xs_watch(xs, &w, "data/ukraft"), 0);
	UK_TEST_EXPECT_EQ(
		uk_xs_write_int(xs, UK_XS_NO_TX, "data/ukraft/gref", ref), 0);
	/* dom0 read our bytes through its mapping ... */
	UK_TEST_EXPECT_GT(
		wait_key(xs, &w, "data/ukraft/mapped", buf, sizeof(buf)), 0);
	UK_TEST_EXPECT_STREQ(buf, "ukraft page for dom0");
	/* ... and wrote its own into the page */
	UK_TEST_EXPECT_EQ(strcmp(page, "written by dom0"), 0);
	UK_TEST_EXPECT(uk_gnttab_flags(ref) & UK_GTF_READING);
	UK_TEST_EXPECT(uk_gnttab_flags(ref) & UK_GTF_WRITING);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(ref), -EBUSY);
	UK_TEST_EXPECT_EQ(
		uk_xs_write(xs, UK_XS_NO_TX, "data/ukraft/unmap", "1"), 0);
	UK_TEST_EXPECT_GT(
		wait_key(xs, &w, "data/ukraft/unmapped", buf, sizeof(buf)), 0);
	UK_TEST_EXPECT_EQ(uk_gnttab_end(ref), 0);
	UK_TEST_EXPECT_EQ(uk_xs_unwatch(xs, &w), 0);
}

UK_TEST(xen_domu, vif_front_end_closes_with_netback)
{
	struct uk_xs *xs = store();
	struct uk_xenbus_dev dev;

	UK_TEST_ASSERT(xs != NULL);
	UK_TEST_ASSERT_EQ(uk_xenbus_dev_init(xs, &dev, "vif", 0), 0);
	UK_TEST_EXPECT_EQ(
		uk_xenbus_close(xs, &dev, ukplat_monotonic_clock() + WAIT_NS),
		0);
	UK_TEST_EXPECT_EQ(uk_xenbus_read_state(xs, dev.node), UK_XENBUS_CLOSED);
	UK_TEST_EXPECT_EQ(uk_xenbus_read_state(xs, dev.backend),
			  UK_XENBUS_CLOSED);
}
#endif /* CONFIG_LIBXENBUS */
