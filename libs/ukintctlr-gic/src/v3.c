/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv3: distributor with affinity routing, this CPU's redistributor
 * (woken, SGIs and PPIs in group 1) and the CPU interface through the
 * ICC system registers. Every interrupt is group 1 (non-secure group 1
 * when the GIC has two security states), which is signalled as IRQ.
 * GICD_CTLR bits 0, 1 and 4 are EnableGrp0/EnableGrp1/ARE with one
 * security state and EnableGrp1/EnableGrp1A/ARE_NS in the non-secure
 * view: setting all three suits both.
 */
#include <uk/arch/barrier.h>
#include <uk/arch/sysreg.h>
#include "gic.h"

#define GICD_CTLR_ENABLE (1U << 0 | 1U << 1)
#define GICD_CTLR_ARE (1U << 4)
#define GICD_CTLR_DS (1U << 6) /* one security state */

/* Redistributor: RD_base frame, then the SGI_base frame 64 KiB above */
#define GICR_CTLR 0x0000
#define GICR_CTLR_RWP (1U << 3)
#define GICR_WAKER 0x0014
#define GICR_WAKER_SLEEP (1U << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1U << 2)
#define GICR_SGI_BASE 0x10000

/* ICC_* system registers by encoding (any assembler takes these) */
#define ICC_SRE_SRE 0x1
#define ICC_SRE_DFB 0x2
#define ICC_SRE_DIB 0x4
#define ICC_IAR1_INTID 0xffffff

#define WAIT_LOOPS 1000000

static uint64_t dist, rd, sgi;

/* Until a bit clears (write pending, children asleep); 0 once it has. */
static int wait_clear(uint64_t reg, uint32_t bit)
{
	unsigned int n;

	for (n = 0; n < WAIT_LOOPS; n++)
		if (!(gic_read32(reg) & bit))
			return 0;
	return -1;
}

/* MPIDR_EL1's affinity in GICD_IROUTER layout (Aff3 at bits 39:32). */
static uint64_t route_here(void)
{
	return ukarch_sysreg_read(mpidr_el1) & 0xff00ffffffULL;
}

static void enable(unsigned int intid)
{
	if (intid < 32) {
		gic_set_bit(sgi, GICD_ISENABLER, intid);
		return;
	}
	gic_write64(dist + GICD_IROUTER + 8 * intid, route_here());
	gic_set_bit(dist, GICD_ISENABLER, intid);
}

static void disable(unsigned int intid)
{
	if (intid < 32) {
		gic_set_bit(sgi, GICD_ICENABLER, intid);
		wait_clear(rd + GICR_CTLR, GICR_CTLR_RWP);
		return;
	}
	gic_set_bit(dist, GICD_ICENABLER, intid);
	wait_clear(dist + GICD_CTLR, GICD_CTLR_RWP);
}

static unsigned int ack(void)
{
	unsigned int intid = ukarch_sysreg_read(s3_0_c12_c12_0) & /* IAR1 */
			     ICC_IAR1_INTID;

	if (intid >= GIC_INTID_SPECIAL && intid <= UK_GIC_SPURIOUS)
		return UK_GIC_SPURIOUS;
	return intid;
}

static void eoi(unsigned int intid)
{
	ukarch_sysreg_write(s3_0_c12_c12_1, intid); /* ICC_EOIR1_EL1 */
	ukarch_isb();
}

static const struct gic_ops v3_ops = { enable, disable, ack, eoi };

/* The redistributor's own SGIs and PPIs, like the distributor's SPIs. */
static int redist_init(void)
{
	unsigned int i;

	gic_write32(rd + GICR_WAKER,
		    gic_read32(rd + GICR_WAKER) & ~GICR_WAKER_SLEEP);
	if (wait_clear(rd + GICR_WAKER, GICR_WAKER_CHILDREN_ASLEEP))
		return UK_GIC_ERR_ASLEEP;
	gic_write32(sgi + GICD_ICENABLER, ~0U);
	gic_write32(sgi + GICD_ICPENDR, ~0U);
	gic_write32(sgi + GICD_IGROUPR, ~0U);
	for (i = 0; i < 32; i += 4)
		gic_write32(sgi + GICD_IPRIORITYR + i, GIC_PRIO4);
	wait_clear(rd + GICR_CTLR, GICR_CTLR_RWP);
	return 0;
}

/* The CPU interface: system registers on, every priority, group 1 on. */
static int cpuif_init(void)
{
	uint64_t sre = ukarch_sysreg_read(s3_0_c12_c12_5); /* ICC_SRE_EL1 */

	ukarch_sysreg_write(s3_0_c12_c12_5,
			    sre | ICC_SRE_SRE | ICC_SRE_DFB | ICC_SRE_DIB);
	ukarch_isb();
	if (!(ukarch_sysreg_read(s3_0_c12_c12_5) & ICC_SRE_SRE))
		return UK_GIC_ERR_NOSYSREG;
	ukarch_sysreg_write(s3_0_c4_c6_0, 0xff); /* ICC_PMR_EL1 */
	ukarch_sysreg_write(s3_0_c12_c12_3, 0);	 /* ICC_BPR1_EL1 */
	ukarch_sysreg_write(s3_0_c12_c12_4,
			    0); /* ICC_CTLR_EL1: EOI drops and deactivates */
	ukarch_sysreg_write(s3_0_c12_c12_7, 1); /* ICC_IGRPEN1_EL1 */
	ukarch_isb();
	return 0;
}

int gic_v3_init(const void *fdt, int node, uint64_t d,
		const struct gic_ops **ops)
{
	int err;

	dist = d;
	rd = gic_v3_find_redist(fdt, node);
	if (!rd)
		return UK_GIC_ERR_NOREDIST;
	sgi = rd + GICR_SGI_BASE;
	gic_write32(dist + GICD_CTLR, 0);
	wait_clear(dist + GICD_CTLR, GICD_CTLR_RWP);
	gic_write32(dist + GICD_CTLR, GICD_CTLR_ARE);
	wait_clear(dist + GICD_CTLR, GICD_CTLR_RWP);
	/* From INTID 32: SGIs and PPIs live in the redistributor. */
	gic_dist_quiesce(dist, 32, 1);
	gic_write32(dist + GICD_CTLR, GICD_CTLR_ARE | GICD_CTLR_ENABLE);
	wait_clear(dist + GICD_CTLR, GICD_CTLR_RWP);
	err = redist_init();
	if (!err)
		err = cpuif_init();
	if (!err)
		*ops = &v3_ops;
	return err;
}

int gic_v3_route_fiq(unsigned int intid)
{
	uint32_t bit = 1U << intid;

	/* With two security states Group 0 is the secure side's. */
	if (!(gic_read32(dist + GICD_CTLR) & GICD_CTLR_DS))
		return UK_GIC_ERR_NOGROUP0;
	gic_write32(sgi + GICD_IGROUPR, gic_read32(sgi + GICD_IGROUPR) & ~bit);
	gic_write32(sgi + GICD_IGRPMODR,
		    gic_read32(sgi + GICD_IGRPMODR) & ~bit);
	gic_set_priority(sgi, intid, GIC_PRIO_FIQ);
	ukarch_sysreg_write(s3_0_c12_c12_6, 1); /* ICC_IGRPEN0_EL1 */
	ukarch_isb();
	return 0;
}

void gic_v3_clear_pending(unsigned int intid)
{
	gic_set_bit(intid < 32 ? sgi : dist, GICD_ICPENDR, intid);
}
