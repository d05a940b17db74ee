/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio_pci.h - private to ukvirtio: the PCI transport's state, shared
 * by the modern (1.0) and legacy (0.9.5) register layouts and the
 * interrupt set-up both use.
 */
#ifndef UKVIRTIO_PCI_H
#define UKVIRTIO_PCI_H

#include <uk/pci.h>
#include <uk/virtio.h>

/** MSI-X plan: which table entry serves the configuration and each queue. */
#define VPCI_NO_VECTOR 0xffff

struct vpci;

/** What one interrupt line serves. */
struct vpci_vec {
	struct vpci *v;
	uint16_t queue; /**< or UK_VIRTIO_ALL_QUEUES */
	bool config;	/**< configuration changes too */
};

struct vpci {
	struct uk_virtio_dev vdev;
	struct uk_pci_dev *pd;
	/* modern */
	struct uk_io common, notify, isr, device;
	uint32_t notify_mult;
	/* legacy: the I/O BAR 0 block */
	struct uk_io regs;
	/* interrupts */
	bool msix;
	uint16_t config_vector;
	uint16_t queue_vector[UK_VIRTIO_MAX_QUEUES];
	int lines[UK_VIRTIO_MAX_QUEUES + 1];
	struct vpci_vec vec[UK_VIRTIO_MAX_QUEUES + 1];
	struct uk_io isr_io; /**< INTx: where the ISR register is */
	uint32_t isr_off;
};

static inline struct vpci *to_vpci(struct uk_virtio_dev *vdev)
{
	return (struct vpci *)vdev;
}

extern const struct uk_virtio_transport vpci_modern;
extern const struct uk_virtio_transport vpci_legacy;

/** Find the modern capabilities and map them; 0, or < 0 if not modern. */
int vpci_modern_init(struct vpci *v);

/** Map the legacy register block (BAR 0, I/O); 0 or < 0. */
int vpci_legacy_init(struct vpci *v);

/**
 * Interrupts for nq queues: MSI-X (fills config_vector, queue_vector[]
 * for the transport to write) or INTx with the ISR register at isr
 * (offset isr_off). 0 or < 0.
 */
int vpci_irq_setup(struct vpci *v, uint16_t nq, const struct uk_io *isr,
		   uint32_t isr_off);

#endif /* UKVIRTIO_PCI_H */
