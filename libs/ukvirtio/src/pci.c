/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtio PCI transport's driver: claims PCI functions of vendor
 * 0x1af4 with device ids 0x1000-0x107f (transitional 0x1000-0x103f, whose
 * subsystem id is the virtio type; modern 0x1040 + type), picks the
 * modern interface when the vendor capabilities are there, else the
 * legacy one, and adds the virtio device. Interrupts: MSI-X where the
 * platform takes messages, else INTx with the ISR register.
 */
#include <errno.h>
#include <uk/plat/irq.h>
#include <uk/ukalloc.h>
#include "virtio_pci.h"

#define VENDOR 0x1af4
#define ISR_QUEUE 0x1
#define ISR_CONFIG 0x2

static int msix_handler(void *arg)
{
	struct vpci_vec *vec = arg;
	struct uk_virtio_dev *vdev = &vec->v->vdev;

	vdev->irqs++;
	if (vec->queue != VPCI_NO_VECTOR && vdev->handler)
		vdev->handler(vdev, vec->queue, vdev->handler_arg);
	return 1;
}

static int intx_handler(void *arg)
{
	struct vpci *v = arg;
	/* Reading the ISR clears it and lowers the line. */
	uint8_t isr = uk_io_read8(&v->isr_io, v->isr_off);

	if (!isr)
		return 0; /* another device on a shared line */
	v->vdev.irqs++;
	if ((isr & ISR_QUEUE) && v->vdev.handler)
		v->vdev.handler(&v->vdev, UK_VIRTIO_ALL_QUEUES,
				v->vdev.handler_arg);
	return 1;
}

static int setup_msix(struct vpci *v, uint16_t nq)
{
	struct uk_pci_dev *pd = v->pd;
	unsigned int nvec, i;
	int err;

	nvec = pd->msix_size >= nq + 1U ? nq + 1U : pd->msix_size >= 2 ? 2 : 1;
	err = uk_pci_msix_setup(pd, nvec, v->lines);
	if (err)
		return err;
	v->config_vector = 0;
	v->vec[0] = (struct vpci_vec){
		v, nvec == 1 ? UK_VIRTIO_ALL_QUEUES : VPCI_NO_VECTOR, true
	};
	for (i = 1; i < nvec; i++)
		v->vec[i] = (struct vpci_vec){ v,
					       nvec == 2 ? UK_VIRTIO_ALL_QUEUES
							 : (uint16_t)(i - 1),
					       false };
	for (i = 0; i < nq; i++)
		v->queue_vector[i] = (uint16_t)(nvec == 1   ? 0
						: nvec == 2 ? 1
							    : i + 1);
	for (i = 0; i < nvec; i++) {
		err = ukplat_irq_register((unsigned int)v->lines[i], 0,
					  msix_handler, &v->vec[i]);
		if (err)
			return err;
		uk_pci_msix_mask(pd, i, false);
	}
	v->msix = true;
	uk_dev_note(&v->vdev.dev, "msix %u vectors", nvec);
	return 0;
}

int vpci_irq_setup(struct vpci *v, uint16_t nq, const struct uk_io *isr,
		   uint32_t isr_off)
{
	struct uk_pci_dev *pd = v->pd;
	unsigned int i;
	int err;

	v->config_vector = VPCI_NO_VECTOR;
	for (i = 0; i < UK_VIRTIO_MAX_QUEUES; i++)
		v->queue_vector[i] = VPCI_NO_VECTOR;
	if (pd->msix_cap) {
		err = setup_msix(v, nq);
		if (!err)
			return 0;
		if (err != -ENOTSUP)
			uk_dev_note(&v->vdev.dev, "msix failed (%d)", err);
	}
	if (pd->intx_irq == UK_PCI_NO_IRQ)
		return -ENODEV;
	v->isr_io = *isr;
	v->isr_off = isr_off;
	uk_pci_write16(pd, UK_PCI_COMMAND,
		       uk_pci_read16(pd, UK_PCI_COMMAND) &
			       ~UK_PCI_CMD_INTX_OFF);
	err = ukplat_irq_register(pd->intx_irq, pd->intx_flags, intx_handler,
				  v);
	if (err)
		return err;
	uk_dev_note(&v->vdev.dev, "intx irq %u", pd->intx_irq);
	return 0;
}

static int probe(struct uk_dev *dev)
{
	struct uk_pci_dev *pd = uk_pci_from_dev(dev);
	struct vpci *v;
	uint32_t type;
	int err;

	if (pd->device < 0x1000 || pd->device > 0x107f)
		return -ENODEV;
	type = pd->device >= 0x1040 ? pd->device - 0x1040u : pd->subsys_id;
	v = uk_calloc(uk_alloc_get_default(), 1, sizeof(*v));
	if (!v)
		return -ENOMEM;
	v->pd = pd;
	v->vdev.dev.parent = dev;
	v->vdev.dev.vendor = pd->subsys_vendor;
	v->vdev.dev.device = type;
	uk_pci_enable(pd, true, true, true);
	err = vpci_modern_init(v);
	if (!err) {
		v->vdev.tp = &vpci_modern;
	} else {
		err = vpci_legacy_init(v);
		if (err) {
			uk_free(uk_alloc_get_default(), v);
			return err;
		}
		v->vdev.tp = &vpci_legacy;
		v->vdev.legacy = true;
	}
	dev->driver_data = v;
	uk_dev_note(dev, "%s, type %u", v->vdev.tp->name, (unsigned int)type);
	uk_dev_note(&v->vdev.dev, "%s", v->vdev.tp->name);
	uk_virtio_dev_add(&v->vdev);
	return 0;
}

static const struct uk_dev_id ids[] = {
	{ UK_DEV_BUS_PCI, VENDOR, UK_DEV_ANY },
	{ UK_DEV_BUS_NONE, 0, 0 },
};

static const struct uk_driver virtio_pci = { "virtio-pci", ids, probe };
UK_DRIVER(virtio_pci);
