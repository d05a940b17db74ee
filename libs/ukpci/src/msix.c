/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * MSI-X (PCI Local Bus 3.0, 6.8.2): message control at +2 (table size
 * - 1 in bits 0-10, function mask bit 14, enable bit 15), table offset
 * and BIR at +4; each table entry is 16 bytes: address low, address
 * high, data, vector control (bit 0: masked).
 */
#include <errno.h>
#include <uk/plat/irq.h>
#include "pci.h"

#define MSIX_CTRL 2
#define MSIX_TABLE 4
#define MSIX_ENABLE 0x8000
#define MSIX_FMASK 0x4000
#define ENTRY 16
#define E_ADDR_LO 0
#define E_ADDR_HI 4
#define E_DATA 8
#define E_CTRL 12
#define E_MASKED 1

static int table(struct uk_pci_dev *pd, struct uk_io *io)
{
	uint32_t t = uk_pci_read32(pd, pd->msix_cap + MSIX_TABLE);

	return uk_pci_bar_map(pd, t & 7, t & ~7U,
			      (uint64_t)pd->msix_size * ENTRY, io);
}

int uk_pci_msix_setup(struct uk_pci_dev *pd, unsigned int n, int *lines)
{
	struct ukplat_irq_msi msg;
	struct uk_io io;
	uint16_t ctrl;
	unsigned int i;
	int err, line;

	if (!pd->msix_cap)
		return -ENOTSUP;
	if (!n || n > pd->msix_size)
		return -EINVAL;
	err = table(pd, &io);
	if (err)
		return err;
	uk_pci_enable(pd, true, false, false);
	ctrl = uk_pci_read16(pd, pd->msix_cap + MSIX_CTRL);
	/* Enabled with the function masked while the entries are written. */
	uk_pci_write16(pd, pd->msix_cap + MSIX_CTRL,
		       ctrl | MSIX_ENABLE | MSIX_FMASK);
	for (i = 0; i < pd->msix_size; i++)
		uk_io_write32(&io, i * ENTRY + E_CTRL, E_MASKED);
	for (i = 0; i < n; i++) {
		line = ukplat_irq_msi_alloc(&msg);
		if (line < 0) {
			uk_pci_write16(pd, pd->msix_cap + MSIX_CTRL,
				       ctrl & ~MSIX_ENABLE);
			return line;
		}
		lines[i] = line;
		uk_io_write32(&io, i * ENTRY + E_ADDR_LO, (uint32_t)msg.addr);
		uk_io_write32(&io, i * ENTRY + E_ADDR_HI,
			      (uint32_t)(msg.addr >> 32));
		uk_io_write32(&io, i * ENTRY + E_DATA, msg.data);
	}
	uk_pci_write16(pd, pd->msix_cap + MSIX_CTRL,
		       (ctrl | MSIX_ENABLE) & ~MSIX_FMASK);
	return 0;
}

void uk_pci_msix_mask(struct uk_pci_dev *pd, unsigned int i, bool masked)
{
	struct uk_io io;

	if (!pd->msix_cap || i >= pd->msix_size || table(pd, &io))
		return;
	uk_io_write32(&io, i * ENTRY + E_CTRL, masked ? E_MASKED : 0);
}
