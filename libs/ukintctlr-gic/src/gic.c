/* SPDX-License-Identifier: BSD-3-Clause */
/* Finding the GIC in the device tree, and the calls every version answers. */
#include <stddef.h>
#include <uk/fdt.h>
#include "gic.h"

static const char *const v2_compat[] = { "arm,cortex-a15-gic", "arm,gic-400" };

static const struct gic_ops *ops;
static unsigned int version;
static uint64_t dist_base;

static int find_v2(const void *fdt)
{
	unsigned int i;
	int node = UK_FDT_ERR_NOTFOUND;

	for (i = 0; i < sizeof(v2_compat) / sizeof(v2_compat[0]) && node < 0;
	     i++)
		node = uk_fdt_find_compatible(fdt, -1, v2_compat[i]);
	return node;
}

int uk_gic_init(const void *fdt)
{
	uint64_t dist, cpuif, size;
	int node, err;

	node = uk_fdt_find_compatible(fdt, -1, "arm,gic-v3");
	if (node >= 0) {
		if (uk_fdt_reg(fdt, node, 0, &dist, &size))
			return UK_GIC_ERR_BADREG;
		err = gic_v3_init(fdt, node, dist, &ops);
		version = err ? 0 : 3;
		dist_base = dist;
		return err;
	}
	node = find_v2(fdt);
	if (node < 0)
		return UK_GIC_ERR_NOTFOUND;
	if (uk_fdt_reg(fdt, node, 0, &dist, &size) ||
	    uk_fdt_reg(fdt, node, 1, &cpuif, &size))
		return UK_GIC_ERR_BADREG;
	err = gic_v2_init(dist, cpuif, &ops);
	version = err ? 0 : 2;
	dist_base = dist;
	return err;
}

unsigned int uk_gic_version(void) { return version; }

void uk_gic_enable(unsigned int intid) { ops->enable(intid); }

void uk_gic_disable(unsigned int intid) { ops->disable(intid); }

unsigned int uk_gic_ack(void) { return ops->ack(); }

void uk_gic_eoi(unsigned int intid) { ops->eoi(intid); }

int uk_gic_set_pending(unsigned int intid)
{
	if (intid < 32 || intid >= GIC_INTID_SPECIAL)
		return UK_GIC_ERR_BADIRQ;
	/* SPIs live in the distributor on both versions. */
	gic_set_bit(dist_base, GICD_ISPENDR, intid);
	return 0;
}

int uk_gic_set_trigger(unsigned int intid, int edge)
{
	uint64_t reg = dist_base + GICD_ICFGR + 4 * (intid / 16);
	uint32_t bit = 1U << (2 * (intid % 16) + 1), v;

	if (intid < 32 || intid >= GIC_INTID_SPECIAL)
		return UK_GIC_ERR_BADIRQ;
	v = gic_read32(reg);
	gic_write32(reg, edge ? v | bit : v & ~bit);
	return 0;
}

int uk_gic_route_fiq(unsigned int intid)
{
	if (intid < 16 || intid >= 32)
		return UK_GIC_ERR_BADIRQ;
	return version == 3 ? gic_v3_route_fiq(intid) : gic_v2_route_fiq(intid);
}

void uk_gic_clear_pending(unsigned int intid)
{
	if (version == 3)
		gic_v3_clear_pending(intid);
	else
		gic_v2_clear_pending(intid);
}
