/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pci.h - private to ukpci: the host bridge (how configuration space is
 * reached, the windows BARs are assigned from, how INTx is routed) and
 * configuration access by bus/slot/function.
 */
#ifndef UKPCI_PRIV_H
#define UKPCI_PRIV_H

#include <stdbool.h>
#include <stdint.h>
#include <uk/pci.h>

/** An address window of the host bridge (bus address -> CPU address). */
struct pci_window {
	uint64_t cpu;  /**< CPU physical address of bus address bus */
	uint64_t bus;  /**< first bus address */
	uint64_t size; /**< 0: none */
	uint64_t next; /**< next free bus address (assignment) */
};

struct uk_pci_host {
	const char
		*how;  /**< "ports", "ecam (ACPI MCFG)", "ecam (device tree)" */
	uint64_t ecam; /**< physical address of bus 0's space; 0: x86 ports */
	uint8_t bus_start, bus_end;
	uintptr_t bus_va[256]; /**< mapped ECAM of each bus, 0 until used */
	bool assign;	       /**< no firmware: size and assign every BAR */
	struct pci_window mem; /**< 32-bit memory window */
	struct pci_window io;  /**< I/O window (arm64: memory-mapped) */
	/** Fill pd->intx_irq and intx_flags from pd->intx_pin. */
	void (*route_intx)(struct uk_pci_host *h, struct uk_pci_dev *pd);
	const void *fdt; /**< arm64: the device tree and the bridge's node */
	int node;
};

/** Find the host bridge: 0, or -1 if the machine has no PCI. */
int pci_host_find(struct uk_pci_host *h);

/** Configuration read of width 1, 2 or 4 bytes; all ones if absent. */
uint32_t pci_cfg_read(struct uk_pci_host *h, uint8_t bus, uint8_t slot,
		      uint8_t func, uint16_t off, unsigned int width);
/** Configuration write of width 1, 2 or 4 bytes. */
void pci_cfg_write(struct uk_pci_host *h, uint8_t bus, uint8_t slot,
		   uint8_t func, uint16_t off, unsigned int width, uint32_t v);

/** Size the BARs of pd (decoding off meanwhile) and read where they are. */
void pci_bars_probe(struct uk_pci_dev *pd);

/** Assign every unassigned BAR of the n functions in pds[] (arm64). */
void pci_bars_assign(struct uk_pci_dev **pds, unsigned int n);

/** Append "barN io|mem|mem64 [pref] addr/size" for each BAR to the note. */
void pci_bars_note(struct uk_pci_dev *pd);

#endif /* UKPCI_PRIV_H */
