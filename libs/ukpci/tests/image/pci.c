/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the enumerator found, checked against the hardware and the PCI
 * rules: ids as configuration space says, BARs of power-of-two sizes on
 * their natural alignment and not overlapping, assigned BARs decoding
 * where they were put, capability walks that end, INTx routed to a line
 * the platform knows. The e2e tests boot this under QEMU's pc, q35 and
 * virt machines with devices attached (test/e2e/netdev-devices.test.ts),
 * where the list is not empty.
 */
#include <uk/dev.h>
#include <uk/pci.h>
#include <uk/plat/irq.h>
#include <uk/test.h>

UK_TESTSUITE(pci);

static struct uk_pci_dev *nth(unsigned int *i)
{
	struct uk_dev *d;

	uk_dev_init();
	while ((d = uk_dev_get((*i)++)))
		if (d->bus == UK_DEV_BUS_PCI)
			return uk_pci_from_dev(d);
	return NULL;
}

UK_TEST(pci, ids_match_config_space)
{
	struct uk_pci_dev *pd;
	unsigned int i = 0;

	while ((pd = nth(&i))) {
		UK_TEST_EXPECT_EQ(uk_pci_read16(pd, UK_PCI_VENDOR), pd->vendor);
		UK_TEST_EXPECT_EQ(uk_pci_read16(pd, UK_PCI_DEVICE), pd->device);
		UK_TEST_EXPECT_EQ(uk_pci_read32(pd, UK_PCI_CLASS) >> 8,
				  pd->class);
		UK_TEST_EXPECT_NE(pd->vendor, 0xffff);
	}
}

static bool overlap(const struct uk_pci_bar *a, const struct uk_pci_bar *b)
{
	return a->io == b->io && a->addr < b->addr + b->size &&
	       b->addr < a->addr + a->size;
}

UK_TEST(pci, bars_sized_aligned_apart)
{
	struct uk_pci_dev *pd, *qd;
	unsigned int i = 0, j, b, c;
	uint32_t raw;

	while ((pd = nth(&i))) {
		for (b = 0; b < 6; b++) {
			const struct uk_pci_bar *x = &pd->bar[b];

			if (!x->size)
				continue;
			UK_TEST_EXPECT_EQ(x->size & (x->size - 1), 0);
			UK_TEST_EXPECT_EQ(x->addr & (x->size - 1), 0);
			UK_TEST_EXPECT_NE(x->addr, 0);
			raw = uk_pci_read32(pd, UK_PCI_BAR0 + 4 * b);
			UK_TEST_EXPECT_EQ(raw & (x->io ? ~3U : ~0xfU),
					  (uint32_t)x->addr);
			for (j = 0; (qd = nth(&j));)
				for (c = 0; c < 6; c++)
					if ((qd != pd || c != b) &&
					    qd->bar[c].size)
						UK_TEST_EXPECT(!overlap(
							x, &qd->bar[c]));
		}
	}
}

UK_TEST(pci, caps_and_intx)
{
	struct uk_pci_dev *pd;
	unsigned int i = 0;

	while ((pd = nth(&i))) {
		UK_TEST_EXPECT_EQ(uk_pci_find_cap(pd, 0xfe, 0), 0);
		if (pd->msix_cap) {
			UK_TEST_EXPECT_EQ(uk_pci_read8(pd, pd->msix_cap),
					  UK_PCI_CAP_MSIX);
			UK_TEST_EXPECT_GE(pd->msix_size, 1);
		}
		if (!pd->intx_pin || pd->intx_irq == UK_PCI_NO_IRQ)
			continue;
#if defined(__aarch64__)
		UK_TEST_EXPECT_GE(pd->intx_irq, 32); /* a GIC SPI */
		UK_TEST_EXPECT(pd->intx_flags & UKPLAT_IRQ_LEVEL);
#else
		UK_TEST_EXPECT_LT(pd->intx_irq,
				  16); /* the firmware's ISA IRQ */
		UK_TEST_EXPECT_EQ(uk_pci_read8(pd, UK_PCI_INT_LINE),
				  pd->intx_irq);
#endif
	}
}
