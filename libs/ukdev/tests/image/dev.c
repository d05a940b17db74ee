/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Binding, with a bus and drivers of this file on a bus number no real
 * driver knows: ids match (vendor and device, UK_DEV_ANY), a driver that
 * says -ENODEV passes the device on, a failing probe is recorded, a
 * device a probe adds is bound too, and a device nobody wants stays
 * unbound. The real buses of the image run in the same uk_dev_init().
 */
#include <errno.h>
#include <string.h>
#include <uk/dev.h>
#include <uk/test.h>

UK_TESTSUITE(dev);

#define TEST_BUS 0x7e57

static struct uk_dev parent = {
	.bus = TEST_BUS, .vendor = 1, .device = 1, .name = "test-parent"
};
static struct uk_dev picky = {
	.bus = TEST_BUS, .vendor = 1, .device = 2, .name = "test-picky"
};
static struct uk_dev broken = {
	.bus = TEST_BUS, .vendor = 1, .device = 3, .name = "test-broken"
};
static struct uk_dev orphan = {
	.bus = TEST_BUS, .vendor = 9, .device = 9, .name = "test-orphan"
};
static struct uk_dev child = {
	.bus = TEST_BUS, .vendor = 2, .device = 7, .name = "test-child"
};
static unsigned int probes_refusing;

static void enumerate(void)
{
	uk_dev_add(&parent);
	uk_dev_add(&picky);
	uk_dev_add(&broken);
	uk_dev_add(&orphan);
}

static const struct uk_dev_bus test_bus = { "test", enumerate };
UK_DEV_BUS(test_bus);

/* Sees every vendor-1 device first, takes none of them. */
static int refuse(struct uk_dev *d)
{
	(void)d;
	probes_refusing++;
	return -ENODEV;
}

static const struct uk_dev_id refuse_ids[] = { { TEST_BUS, 1, UK_DEV_ANY },
					       { 0, 0, 0 } };
static const struct uk_driver refusing = { "test-refusing", refuse_ids,
					   refuse };
UK_DRIVER(refusing);

static int take(struct uk_dev *d)
{
	if (d == &broken)
		return -EIO;
	if (d == &parent) {
		child.parent = d;
		uk_dev_add(&child);
	}
	uk_dev_note(d, "taken by %s", "test-taker");
	return 0;
}

static const struct uk_dev_id take_ids[] = { { TEST_BUS, 1, 1 },
					     { TEST_BUS, 1, 2 },
					     { TEST_BUS, 1, 3 },
					     { TEST_BUS, UK_DEV_ANY, 7 },
					     { 0, 0, 0 } };
static const struct uk_driver taker = { "test-taker", take_ids, take };
UK_DRIVER(taker);

UK_TEST(dev, binding)
{
	unsigned int i, seen = 0;

	uk_dev_init();
	uk_dev_init(); /* once only */
	UK_TEST_EXPECT(parent.driver == &taker);
	UK_TEST_EXPECT(picky.driver == &taker);
	UK_TEST_EXPECT(child.driver == &taker);
	UK_TEST_EXPECT(child.parent == &parent);
	UK_TEST_EXPECT(orphan.driver == NULL);
	UK_TEST_EXPECT(broken.driver == &taker);
	UK_TEST_EXPECT_EQ(broken.probe_err, -EIO);
	UK_TEST_EXPECT_EQ(probes_refusing, 3); /* parent, picky, broken */
	UK_TEST_EXPECT_STREQ(parent.note, "taken by test-taker");
	for (i = 0; i < uk_dev_count(); i++)
		if (uk_dev_get(i)->bus == TEST_BUS)
			seen++;
	UK_TEST_EXPECT_EQ(seen, 5);
	UK_TEST_EXPECT(uk_dev_get(uk_dev_count()) == NULL);
}

UK_TEST(dev, notes)
{
	struct uk_dev d = { 0 };
	unsigned int i;

	uk_dev_note(&d, "a %d", 1);
	uk_dev_note(&d, "b");
	UK_TEST_EXPECT_STREQ(d.note, "a 1; b");
	for (i = 0; i < 100; i++)
		uk_dev_note(&d, "0123456789");
	UK_TEST_EXPECT_LT(strlen(d.note), sizeof(d.note));
}
