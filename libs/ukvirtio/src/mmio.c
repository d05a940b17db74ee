/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio over MMIO (virtio 1.x, 4.2): version 2 (modern) or the legacy
 * version 1 (guest page size, QueueAlign and QueuePFN in place of the
 * ring addresses), one interrupt line with InterruptStatus/InterruptACK.
 * The windows come from the device tree ("virtio,mmio": reg, and a GIC
 * "interrupts" entry), the ACPI DSDT (mmio_acpi.c: QEMU microvm) or the
 * command line's virtio_mmio.device= entries (IOAPIC lines,
 * level-triggered, active high, as microvm wires them); empty slots
 * (device id 0) are skipped, and a window seen twice is added once.
 */
#include <errno.h>
#include <stdio.h>
#include <uk/dev_io.h>
#include <uk/plat/io.h>
#include <uk/plat/irq.h>
#include <uk/ukalloc.h>
#include <uk/virtio.h>
#include "mmio.h"
#if defined(__aarch64__)
#include <uk/fdt.h>
#include <uk/intctlr/gic.h>
#endif

#define MAGIC 0x000
#define VERSION 0x004
#define DEVICE_ID 0x008
#define VENDOR_ID 0x00c
#define DEV_FEATURES 0x010
#define DEV_FEATURES_SEL 0x014
#define DRV_FEATURES 0x020
#define DRV_FEATURES_SEL 0x024
#define GUEST_PAGE_SIZE 0x028 /* v1 */
#define QUEUE_SEL 0x030
#define QUEUE_NUM_MAX 0x034
#define QUEUE_NUM 0x038
#define QUEUE_ALIGN 0x03c /* v1 */
#define QUEUE_PFN 0x040	  /* v1 */
#define QUEUE_READY 0x044 /* v2 */
#define QUEUE_NOTIFY 0x050
#define INT_STATUS 0x060
#define INT_ACK 0x064
#define STATUS 0x070
#define QUEUE_DESC 0x080
#define QUEUE_AVAIL 0x090
#define QUEUE_USED 0x0a0
#define CONFIG 0x100

#define MAGIC_VALUE 0x74726976 /* "virt" */
#define PAGE 4096
#define INT_USED 0x1
#define MAX_DEVS 32

struct vmmio {
	struct uk_virtio_dev vdev;
	struct uk_io regs;
	uint32_t version;
	unsigned int irq, irq_flags;
	uint64_t base;
};

static struct vmmio *to_vmmio(struct uk_virtio_dev *vdev)
{
	return (struct vmmio *)vdev;
}

static uint32_t rd(struct uk_virtio_dev *vdev, uint32_t off)
{
	return uk_io_read32(&to_vmmio(vdev)->regs, off);
}

static void wr(struct uk_virtio_dev *vdev, uint32_t off, uint32_t v)
{
	uk_io_write32(&to_vmmio(vdev)->regs, off, v);
}

static uint64_t device_features(struct uk_virtio_dev *vdev)
{
	uint64_t f;

	wr(vdev, DEV_FEATURES_SEL, 0);
	f = rd(vdev, DEV_FEATURES);
	wr(vdev, DEV_FEATURES_SEL, 1);
	return f | (uint64_t)rd(vdev, DEV_FEATURES) << 32;
}

static void set_driver_features(struct uk_virtio_dev *vdev, uint64_t f)
{
	wr(vdev, DRV_FEATURES_SEL, 0);
	wr(vdev, DRV_FEATURES, (uint32_t)f);
	wr(vdev, DRV_FEATURES_SEL, 1);
	wr(vdev, DRV_FEATURES, (uint32_t)(f >> 32));
}

static uint8_t get_status(struct uk_virtio_dev *vdev)
{
	return (uint8_t)rd(vdev, STATUS);
}

static void set_status(struct uk_virtio_dev *vdev, uint8_t s)
{
	wr(vdev, STATUS, s);
}

static void reset(struct uk_virtio_dev *vdev)
{
	set_status(vdev, 0);
	if (to_vmmio(vdev)->version == 1)
		wr(vdev, GUEST_PAGE_SIZE, PAGE);
}

static uint32_t config_read(struct uk_virtio_dev *vdev, uint32_t off,
			    unsigned int len)
{
	struct uk_io *r = &to_vmmio(vdev)->regs;

	return len == 1	  ? uk_io_read8(r, CONFIG + off)
	       : len == 2 ? uk_io_read16(r, CONFIG + off)
			  : uk_io_read32(r, CONFIG + off);
}

static uint16_t queue_max(struct uk_virtio_dev *vdev, uint16_t i)
{
	uint32_t n;

	wr(vdev, QUEUE_SEL, i);
	n = rd(vdev, QUEUE_NUM_MAX);
	return n > 32768 ? 32768 : (uint16_t)n;
}

static int queue_setup(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	uint64_t a;

	wr(vdev, QUEUE_SEL, vq->index);
	wr(vdev, QUEUE_NUM, vq->num);
	if (to_vmmio(vdev)->version == 1) {
		a = uk_virtqueue_desc_addr(vq) / PAGE;
		if (a >> 32)
			return -EINVAL;
		wr(vdev, QUEUE_ALIGN, PAGE);
		wr(vdev, QUEUE_PFN, (uint32_t)a);
		return 0;
	}
	a = uk_virtqueue_desc_addr(vq);
	wr(vdev, QUEUE_DESC, (uint32_t)a);
	wr(vdev, QUEUE_DESC + 4, (uint32_t)(a >> 32));
	a = uk_virtqueue_avail_addr(vq);
	wr(vdev, QUEUE_AVAIL, (uint32_t)a);
	wr(vdev, QUEUE_AVAIL + 4, (uint32_t)(a >> 32));
	a = uk_virtqueue_used_addr(vq);
	wr(vdev, QUEUE_USED, (uint32_t)a);
	wr(vdev, QUEUE_USED + 4, (uint32_t)(a >> 32));
	wr(vdev, QUEUE_READY, 1);
	return 0;
}

static void notify(struct uk_virtio_dev *vdev, struct uk_virtqueue *vq)
{
	wr(vdev, QUEUE_NOTIFY, vq->index);
}

static int irq_handler(void *arg)
{
	struct uk_virtio_dev *vdev = arg;
	uint32_t st = rd(vdev, INT_STATUS);

	if (!st)
		return 0;
	wr(vdev, INT_ACK, st); /* lowers the line */
	vdev->irqs++;
	if ((st & INT_USED) && vdev->handler)
		vdev->handler(vdev, UK_VIRTIO_ALL_QUEUES, vdev->handler_arg);
	return 1;
}

static int irq_setup(struct uk_virtio_dev *vdev, uint16_t nq)
{
	struct vmmio *m = to_vmmio(vdev);
	int err;

	(void)nq;
	err = ukplat_irq_register(m->irq, m->irq_flags, irq_handler, vdev);
	if (!err)
		uk_dev_note(&vdev->dev, "irq %u %s", m->irq,
			    m->irq_flags & UKPLAT_IRQ_LEVEL ? "level" : "edge");
	return err;
}

static const struct uk_virtio_transport mmio = {
	.name = "virtio-mmio",
	.device_features = device_features,
	.set_driver_features = set_driver_features,
	.get_status = get_status,
	.set_status = set_status,
	.reset = reset,
	.config_read = config_read,
	.queue_max = queue_max,
	.queue_setup = queue_setup,
	.notify = notify,
	.irq_setup = irq_setup,
};

void virtio_mmio_add(uint64_t base, uint64_t size, unsigned int irq,
		     unsigned int flags)
{
	struct vmmio *m;
	struct uk_io regs = { 0, false };
	uint32_t id, version;

	static uint64_t seen[MAX_DEVS];
	static unsigned int nseen;
	unsigned int i;

	for (i = 0; i < nseen; i++)
		if (seen[i] == base)
			return; /* named twice (ACPI and the command line) */
	if (size < CONFIG || nseen == MAX_DEVS)
		return;
	seen[nseen++] = base;
	regs.base = ukplat_io_map(base, size);
	if (!regs.base || uk_io_read32(&regs, MAGIC) != MAGIC_VALUE)
		return;
	version = uk_io_read32(&regs, VERSION);
	id = uk_io_read32(&regs, DEVICE_ID);
	if (!id || (version != 1 && version != 2))
		return;
	m = uk_calloc(uk_alloc_get_default(), 1, sizeof(*m));
	if (!m)
		return;
	m->regs = regs;
	m->version = version;
	m->irq = irq;
	m->irq_flags = flags;
	m->base = base;
	m->vdev.tp = &mmio;
	m->vdev.legacy = version == 1;
	m->vdev.dev.vendor = uk_io_read32(&regs, VENDOR_ID);
	m->vdev.dev.device = id;
	uk_dev_note(&m->vdev.dev, "mmio 0x%llx/0x%llx; virtio-mmio %s",
		    (unsigned long long)base, (unsigned long long)size,
		    version == 1 ? "v1 (legacy)" : "v2");
	uk_virtio_dev_add(&m->vdev);
}

#if defined(__aarch64__)
/* "virtio,mmio" nodes of the device tree, with their GIC interrupt. */
static void from_fdt(const void *fdt)
{
	uint64_t base, size;
	unsigned int intid;
	uint32_t flags;
	int node = -1;

	while ((node = uk_fdt_find_compatible(fdt, node, "virtio,mmio")) >= 0) {
		if (uk_fdt_reg(fdt, node, 0, &base, &size) ||
		    uk_gic_fdt_irq(fdt, node, 0, &intid))
			continue;
		if (uk_fdt_prop_cell(fdt, node, "interrupts", 2, &flags))
			flags = 1;
		virtio_mmio_add(base, size, intid,
				flags & 0xc ? UKPLAT_IRQ_LEVEL
					    : UKPLAT_IRQ_EDGE);
	}
}
#endif

static void enumerate(void)
{
	struct ukplat_cmdline_dev d;
	unsigned int i;

#if defined(__aarch64__)
	if (ukplat_fdt())
		from_fdt(ukplat_fdt());
#endif
#if defined(__x86_64__)
	virtio_mmio_from_acpi();
#endif
	for (i = 0; !ukplat_cmdline_virtio_mmio(i, &d); i++)
		virtio_mmio_add(d.base, d.size, d.irq,
				UKPLAT_IRQ_LEVEL | UKPLAT_IRQ_ACTIVE_HIGH);
}

static const struct uk_dev_bus mmio_bus = { "virtio-mmio", enumerate };
UK_DEV_BUS(mmio_bus);
