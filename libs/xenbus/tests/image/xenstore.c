/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The domain's own store connection, needing nothing but xenstored:
 * in dom0 (and a dom0less domU without xenstore) there is none and
 * uk_xs_get() says -ENODEV; in a toolstack domU the client reads what
 * the toolstack wrote and writes, lists, removes and commits its own
 * keys. The line "xenstore: ..." says which case ran (the boot tests
 * check it).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/test.h>
#include <uk/xen/platform.h>
#include <uk/xenstore.h>

UK_TESTSUITE(xenstore);

static int bump(struct uk_xs *xs, uk_xs_tx_t tx, void *arg)
{
	long long v = 0;
	int rc = uk_xs_read_int(xs, tx, "data/uktest/count", &v);

	(void)arg;
	if (rc && rc != -ENOENT)
		return rc;
	return uk_xs_write_int(xs, tx, "data/uktest/count", v + 1);
}

UK_TEST(xenstore, own_connection)
{
	struct uk_xs *xs;
	char buf[128];
	long long domid, count;
	int err;

	xs = uk_xs_get(&err);
	if (!xs) {
		printf("xenstore: none (%d)\n", err);
		UK_TEST_EXPECT_EQ(err, -ENODEV);
		return;
	}
	UK_TEST_EXPECT(!ukplat_xen_is_dom0());
	UK_TEST_ASSERT_EQ(uk_xs_read_int(xs, UK_XS_NO_TX, "domid", &domid), 0);
	UK_TEST_EXPECT_GT(domid, 0);
	UK_TEST_EXPECT_GT(uk_xs_read(xs, UK_XS_NO_TX, "name", buf, sizeof(buf)),
			  0);
	printf("xenstore: domid %lld name %s\n", domid, buf);
	/* Write, read back, list, remove. */
	UK_TEST_EXPECT_EQ(uk_xs_write(xs, UK_XS_NO_TX, "data/uktest/k", "v1"),
			  0);
	UK_TEST_EXPECT_EQ(
		uk_xs_read(xs, UK_XS_NO_TX, "data/uktest/k", buf, sizeof(buf)),
		2);
	UK_TEST_EXPECT_STREQ(buf, "v1");
	UK_TEST_EXPECT_EQ(uk_xs_directory(xs, UK_XS_NO_TX, "data/uktest", buf,
					  sizeof(buf)),
			  1);
	UK_TEST_EXPECT_STREQ(buf, "k");
	/* Twice in transactions: 1, then 2. */
	UK_TEST_EXPECT_EQ(uk_xs_transaction(xs, bump, NULL, 5), 0);
	UK_TEST_EXPECT_EQ(uk_xs_transaction(xs, bump, NULL, 5), 0);
	UK_TEST_EXPECT_EQ(
		uk_xs_read_int(xs, UK_XS_NO_TX, "data/uktest/count", &count),
		0);
	UK_TEST_EXPECT_EQ(count, 2);
	UK_TEST_EXPECT_EQ(uk_xs_rm(xs, UK_XS_NO_TX, "data/uktest"), 0);
	UK_TEST_EXPECT_EQ(
		uk_xs_read(xs, UK_XS_NO_TX, "data/uktest/k", buf, sizeof(buf)),
		-ENOENT);
	/* Not ours to write: xenstored refuses. */
	UK_TEST_EXPECT_EQ(
		uk_xs_write(xs, UK_XS_NO_TX, "/local/domain/0/x", "1"),
		-EACCES);
}
