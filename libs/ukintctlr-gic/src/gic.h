/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * gic.h - private to ukintctlr-gic: register offsets (from the GIC
 * architecture specifications, IHI 0048 for v2 and IHI 0069 for v3),
 * MMIO accessors, the per-version operations and the distributor set-up
 * both versions share.
 */
#ifndef UKINTCTLR_GIC_PRIV_H
#define UKINTCTLR_GIC_PRIV_H

#include <stdint.h>
#include <uk/intctlr/gic.h>

/* Distributor (GICD), common to v2 and v3 */
#define GICD_CTLR 0x0000
#define GICD_TYPER 0x0004
#define GICD_IGROUPR 0x0080
#define GICD_ISENABLER 0x0100
#define GICD_ICENABLER 0x0180
#define GICD_ISPENDR 0x0200
#define GICD_ICPENDR 0x0280
#define GICD_IPRIORITYR 0x0400
#define GICD_IGRPMODR 0x0d00  /* v3 */
#define GICD_ICFGR 0x0c00     /* 2 bits per INTID, bit 1: edge-triggered */
#define GICD_ITARGETSR 0x0800 /* v2 */
#define GICD_IROUTER 0x6000   /* v3, 64-bit per INTID */
#define GICD_TYPER_LINES(t) ((((t)&0x1f) + 1) * 32)
#define GICD_CTLR_RWP (1U << 31) /* v3: register write pending */

/* The priority every interrupt gets (the CPU accepts all below 0xff). */
#define GIC_PRIO 0xa0
#define GIC_PRIO4 0xa0a0a0a0U
/* The priority of the FIQ interrupt (uk_gic_route_fiq): below GIC_PRIO. */
#define GIC_PRIO_FIQ 0xf0
/* INTIDs 1020-1023 are special (spurious, or another group's) */
#define GIC_INTID_SPECIAL 1020

/*
 * MMIO with plain single-register loads and stores (no writeback, no
 * pairs), which a hypervisor can emulate from the syndrome alone.
 */
static inline uint32_t gic_read32(uint64_t a)
{
	uint32_t v;

	__asm__ __volatile__("ldr %w0, [%1]" : "=r"(v) : "r"(a) : "memory");
	return v;
}

static inline void gic_write32(uint64_t a, uint32_t v)
{
	__asm__ __volatile__("str %w0, [%1]" : : "r"(v), "r"(a) : "memory");
}

static inline uint64_t gic_read64(uint64_t a)
{
	uint64_t v;

	__asm__ __volatile__("ldr %0, [%1]" : "=r"(v) : "r"(a) : "memory");
	return v;
}

static inline void gic_write64(uint64_t a, uint64_t v)
{
	__asm__ __volatile__("str %0, [%1]" : : "r"(v), "r"(a) : "memory");
}

/** One bit per INTID in a bank of 32-bit registers at base + reg. */
static inline void gic_set_bit(uint64_t base, unsigned int reg,
			       unsigned int intid)
{
	gic_write32(base + reg + 4 * (intid / 32), 1U << (intid % 32));
}

/** What differs between versions. */
struct gic_ops {
	void (*enable)(unsigned int intid);
	void (*disable)(unsigned int intid);
	unsigned int (*ack)(void);
	void (*eoi)(unsigned int intid);
};

/**
 * Distributor set-up shared by both versions for INTIDs [first, lines):
 * disabled, not pending, priority GIC_PRIO; with group1 also in group 1.
 * Returns the number of interrupt lines (GICD_TYPER).
 */
unsigned int gic_dist_quiesce(uint64_t dist, unsigned int first, int group1);

/** GICv2 with distributor and CPU interface at these addresses. */
int gic_v2_init(uint64_t dist, uint64_t cpuif, const struct gic_ops **ops);

/** GICv3 whose redistributor regions are reg entries 1.. of node. */
int gic_v3_init(const void *fdt, int node, uint64_t dist,
		const struct gic_ops **ops);

/**
 * GICv3: the RD_base of this CPU's redistributor (GICR_TYPER affinity =
 * MPIDR_EL1's), searching the node's redistributor regions, or 0.
 */
uint64_t gic_v3_find_redist(const void *fdt, int node);

/** Set the priority byte of intid in the IPRIORITYR bank at base. */
void gic_set_priority(uint64_t base, unsigned int intid, uint8_t prio);

/** uk_gic_route_fiq() and uk_gic_clear_pending() per version. */
int gic_v2_route_fiq(unsigned int intid);
int gic_v3_route_fiq(unsigned int intid);
void gic_v2_clear_pending(unsigned int intid);
void gic_v3_clear_pending(unsigned int intid);

#endif /* UKINTCTLR_GIC_PRIV_H */
