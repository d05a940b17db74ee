/* SPDX-License-Identifier: BSD-3-Clause */
/* The distributor set-up GICv2 and GICv3 share. */
#include "gic.h"

unsigned int gic_dist_quiesce(uint64_t dist, unsigned int first, int group1)
{
	unsigned int lines = GICD_TYPER_LINES(gic_read32(dist + GICD_TYPER));
	unsigned int i;

	if (lines > GIC_INTID_SPECIAL)
		lines = GIC_INTID_SPECIAL;
	for (i = first; i < lines; i += 32) {
		gic_write32(dist + GICD_ICENABLER + i / 8, ~0U);
		gic_write32(dist + GICD_ICPENDR + i / 8, ~0U);
		if (group1)
			gic_write32(dist + GICD_IGROUPR + i / 8, ~0U);
	}
	for (i = first; i < lines; i += 4)
		gic_write32(dist + GICD_IPRIORITYR + i, GIC_PRIO4);
	return lines;
}

void gic_set_priority(uint64_t base, unsigned int intid, uint8_t prio)
{
	uint64_t reg = base + GICD_IPRIORITYR + (intid & ~3U);
	unsigned int shift = 8 * (intid & 3);

	gic_write32(reg, (gic_read32(reg) & ~(0xffU << shift)) |
				 (uint32_t)prio << shift);
}
