/* SPDX-License-Identifier: BSD-3-Clause */
/* mmio.h - private to ukvirtio: where virtio-mmio windows come from. */
#ifndef UKVIRTIO_MMIO_H
#define UKVIRTIO_MMIO_H

#include <stdint.h>

/**
 * A virtio-mmio window at base (size bytes) with interrupt line irq
 * (uk/plat/irq.h flags): add its device unless the slot is empty.
 */
void virtio_mmio_add(uint64_t base, uint64_t size, unsigned int irq,
		     unsigned int flags);

/** The virtio-mmio devices of the ACPI DSDT (x86_64), added. */
void virtio_mmio_from_acpi(void);

#endif /* UKVIRTIO_MMIO_H */
