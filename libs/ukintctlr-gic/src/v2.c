/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv2: distributor and memory-mapped CPU interface. Group bits are
 * left as they are: bit 0 of GICD_CTLR and GICC_CTLR enables the group
 * this CPU's security view owns (group 0 on a GIC without security
 * extensions, as QEMU's virt, the non-secure group 1 otherwise), and
 * that group is signalled as IRQ.
 */
#include "gic.h"

/* CPU interface (GICC) */
#define GICC_CTLR 0x00
#define GICC_PMR 0x04
#define GICC_BPR 0x08
#define GICC_IAR 0x0c
#define GICC_EOIR 0x10
#define GICC_IAR_INTID 0x3ff
/* GICC_CTLR without security extensions (uk_gic_route_fiq) */
#define GICC_CTLR_GRP0 0x1
#define GICC_CTLR_GRP1 0x2
#define GICC_CTLR_ACKCTL 0x4 /* IAR acknowledges Group 1 too */
#define GICC_CTLR_FIQEN 0x8  /* Group 0 is signalled as FIQ */
#define GICD_CTLR_GRP0_GRP1 0x3

static uint64_t dist, cpuif;

static void enable(unsigned int intid)
{
	if (intid >= 32) {
		/* ITARGETSR0 (banked) reads as this CPU's own target bit. */
		uint32_t me = gic_read32(dist + GICD_ITARGETSR) & 0xff;
		uint64_t reg = dist + GICD_ITARGETSR + (intid & ~3U);
		unsigned int shift = 8 * (intid & 3);
		uint32_t v = gic_read32(reg) & ~(0xffU << shift);

		gic_write32(reg, v | (me << shift));
	}
	gic_set_bit(dist, GICD_ISENABLER, intid);
}

static void disable(unsigned int intid)
{
	gic_set_bit(dist, GICD_ICENABLER, intid);
}

static unsigned int ack(void)
{
	unsigned int intid = gic_read32(cpuif + GICC_IAR) & GICC_IAR_INTID;

	return intid >= GIC_INTID_SPECIAL ? UK_GIC_SPURIOUS : intid;
}

static void eoi(unsigned int intid) { gic_write32(cpuif + GICC_EOIR, intid); }

static const struct gic_ops v2_ops = { enable, disable, ack, eoi };

int gic_v2_init(uint64_t d, uint64_t c, const struct gic_ops **ops)
{
	dist = d;
	cpuif = c;
	gic_write32(dist + GICD_CTLR, 0);
	/* From INTID 0: SGI and PPI registers are banked per CPU. */
	gic_dist_quiesce(dist, 0, 0);
	gic_write32(dist + GICD_CTLR, 1);
	gic_write32(cpuif + GICC_PMR, 0xff);
	gic_write32(cpuif + GICC_BPR, 0);
	gic_write32(cpuif + GICC_CTLR, 1);
	*ops = &v2_ops;
	return 0;
}

int gic_v2_route_fiq(unsigned int intid)
{
	unsigned int lines = GICD_TYPER_LINES(gic_read32(dist + GICD_TYPER));
	unsigned int i;

	if (lines > GIC_INTID_SPECIAL)
		lines = GIC_INTID_SPECIAL;
	/* Everything Group 1 but intid; a non-secure view reads 0 here. */
	for (i = 0; i < lines; i += 32)
		gic_write32(dist + GICD_IGROUPR + i / 8,
			    i ? ~0U : ~(1U << intid));
	if (gic_read32(dist + GICD_IGROUPR) != ~(1U << intid))
		return UK_GIC_ERR_NOGROUP0;
	gic_set_priority(dist, intid, GIC_PRIO_FIQ);
	gic_write32(dist + GICD_CTLR, GICD_CTLR_GRP0_GRP1);
	gic_write32(cpuif + GICC_CTLR, GICC_CTLR_GRP0 | GICC_CTLR_GRP1 |
					       GICC_CTLR_ACKCTL |
					       GICC_CTLR_FIQEN);
	return 0;
}

void gic_v2_clear_pending(unsigned int intid)
{
	gic_set_bit(dist, GICD_ICPENDR, intid);
}
