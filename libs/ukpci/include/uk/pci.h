/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/pci.h - PCI (and PCI Express) functions: configuration space,
 * BARs, capabilities, INTx routes and MSI-X.
 *
 * The bus enumerator (UK_DEV_BUS, run by uk_dev_init()) finds the host
 * bridge and scans it:
 *  - kvm-x86_64: configuration through ECAM when the ACPI MCFG table has
 *    segment 0 (q35), else through the 0xcf8/0xcfc ports (pc, microvm
 *    has no PCI); BARs as the firmware (SeaBIOS) assigned them; INTx as
 *    the firmware routed it (the Interrupt Line register: an ISA IRQ on
 *    the IOAPIC, level-triggered, polarity from the MADT);
 *  - kvm-arm64: the device tree's "pci-host-ecam-generic" node (reg:
 *    ECAM, bus-range, ranges: the I/O and memory windows); nothing
 *    assigns BARs there, so the enumerator sizes every BAR and assigns
 *    it from the 32-bit memory window (64-bit BARs too: the 64-bit
 *    window lies beyond the identity map) or the I/O window, largest
 *    first, naturally aligned; INTx through the node's interrupt-map to
 *    a GIC SPI.
 * Bridges the firmware numbered are followed; others are noted and
 * skipped. Each function becomes a struct uk_dev on UK_DEV_BUS_PCI
 * (vendor, device: its ids) with a note of what was found, e.g.
 * "pci 0000:00:03.0 1af4:1000 class 020000 bar0 io 0xc000/32 bar1 mem
 * 0xfebd1000/4K bar4 mem64 pref 0xfe000000/16K intx A irq 11 msix 3".
 *
 * Drivers get their struct uk_pci_dev with uk_pci_from_dev(). All of
 * this is thread context, at probe time; nothing is for interrupt
 * handlers except reading configuration space.
 */
#ifndef UK_PCI_H
#define UK_PCI_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/dev.h>
#include <uk/dev_io.h>

/* Configuration space registers (type 0 header) */
#define UK_PCI_VENDOR 0x00
#define UK_PCI_DEVICE 0x02
#define UK_PCI_COMMAND 0x04
#define UK_PCI_STATUS 0x06
#define UK_PCI_CLASS 0x08 /* revision in the low byte */
#define UK_PCI_HEADER 0x0e
#define UK_PCI_BAR0 0x10
#define UK_PCI_SUBSYS_VENDOR 0x2c
#define UK_PCI_SUBSYS_ID 0x2e
#define UK_PCI_CAP_PTR 0x34
#define UK_PCI_INT_LINE 0x3c
#define UK_PCI_INT_PIN 0x3d

#define UK_PCI_CMD_IO 0x1
#define UK_PCI_CMD_MEM 0x2
#define UK_PCI_CMD_MASTER 0x4
#define UK_PCI_CMD_INTX_OFF 0x400
#define UK_PCI_STATUS_CAPS 0x10

/* Capability ids */
#define UK_PCI_CAP_MSI 0x05
#define UK_PCI_CAP_VENDOR 0x09
#define UK_PCI_CAP_MSIX 0x11

/** No INTx route (no pin, or the platform does not say). */
#define UK_PCI_NO_IRQ 0xffffffffU

/** One base address register, sized. */
struct uk_pci_bar {
	uint64_t addr; /**< bus address (memory or I/O port); 0 unassigned */
	uint64_t
		size; /**< 0: no such BAR (or the upper half of a 64-bit one) */
	bool io;      /**< I/O space */
	bool mem64;   /**< 64-bit memory BAR (takes two slots) */
	bool prefetch; /**< prefetchable memory */
	bool assigned; /**< we assigned it (no firmware did) */
};

struct uk_pci_host;

/** A PCI function. */
struct uk_pci_dev {
	struct uk_dev dev; /**< on UK_DEV_BUS_PCI; bus_data points here */
	struct uk_pci_host *host;
	uint8_t bus, slot, func;
	uint16_t vendor, device;
	uint16_t subsys_vendor, subsys_id;
	uint32_t class; /**< class, subclass, prog-if (bits 23-0) */
	uint8_t revision;
	uint8_t header; /**< header type (bit 7 cleared) */
	struct uk_pci_bar bar[6];
	uint8_t intx_pin; /**< 1-4 (INTA-INTD), 0: none */
	unsigned int
		intx_irq; /**< platform line (uk/plat/irq.h) or UK_PCI_NO_IRQ */
	unsigned int intx_flags; /**< UKPLAT_IRQ_* trigger and polarity */
	uint8_t msix_cap;	 /**< offset of the MSI-X capability, 0: none */
	uint16_t msix_size;	 /**< its table entries */
};

/** The PCI function behind a device of UK_DEV_BUS_PCI. */
static inline struct uk_pci_dev *uk_pci_from_dev(struct uk_dev *d)
{
	return (struct uk_pci_dev *)d->bus_data;
}

/** Read configuration space at offset off (naturally aligned). */
uint8_t uk_pci_read8(const struct uk_pci_dev *pd, uint16_t off);
/** 16-bit configuration read. */
uint16_t uk_pci_read16(const struct uk_pci_dev *pd, uint16_t off);
/** 32-bit configuration read. */
uint32_t uk_pci_read32(const struct uk_pci_dev *pd, uint16_t off);
/** 8-bit configuration write. */
void uk_pci_write8(const struct uk_pci_dev *pd, uint16_t off, uint8_t v);
/** 16-bit configuration write. */
void uk_pci_write16(const struct uk_pci_dev *pd, uint16_t off, uint16_t v);
/** 32-bit configuration write. */
void uk_pci_write32(const struct uk_pci_dev *pd, uint16_t off, uint32_t v);

/**
 * Offset of the first capability with id cap after offset from (0: from
 * the start of the list), or 0 if there is none. The walk is bounded, so
 * a looping list ends.
 */
uint8_t uk_pci_find_cap(const struct uk_pci_dev *pd, uint8_t cap, uint8_t from);

/** Turn on memory and/or I/O decoding, and bus mastering (DMA). */
void uk_pci_enable(struct uk_pci_dev *pd, bool mem, bool io, bool master);

/**
 * A register window over [off, off + len) of BAR i, mapped as device
 * memory (ukplat_io_map()), or I/O ports (x86), or the host's I/O window
 * (arm64). 0, or -EINVAL (no such BAR, unassigned, or the range is
 * outside it) or -ENOMEM (cannot be mapped).
 */
int uk_pci_bar_map(struct uk_pci_dev *pd, unsigned int i, uint64_t off,
		   uint64_t len, struct uk_io *io);

/**
 * Set up MSI-X with n vectors (n <= msix_size): allocates n platform
 * lines (ukplat_irq_msi_alloc(), written to lines[0..n-1]), programs
 * table entries 0..n-1 with them, every entry masked, and enables MSI-X
 * (which turns INTx off). Register handlers, then uk_pci_msix_unmask().
 * 0, -ENOTSUP (no MSI-X, or the platform takes no messages), -ENOSPC or
 * -EINVAL.
 */
int uk_pci_msix_setup(struct uk_pci_dev *pd, unsigned int n, int *lines);

/** Unmask (masked false) or mask MSI-X table entry i. */
void uk_pci_msix_mask(struct uk_pci_dev *pd, unsigned int i, bool masked);

#endif /* UK_PCI_H */
