/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv3: finding this CPU's redistributor. The node's reg entries after
 * the distributor are "#redistributor-regions" regions (default 1) of
 * consecutive frames, each "redistributor-stride" bytes apart (default:
 * 128 KiB, 256 KiB with virtual LPIs); GICR_TYPER names each frame's CPU
 * by affinity and marks the last one of a region.
 */
#include <uk/arch/sysreg.h>
#include <uk/fdt.h>
#include "gic.h"

#define GICR_TYPER 0x0008
#define GICR_TYPER_VLPIS (1ULL << 1)
#define GICR_TYPER_LAST (1ULL << 4)
#define GICR_FRAME 0x20000ULL	   /* RD_base + SGI_base */
#define GICR_FRAME_VLPI 0x40000ULL /* ... + VLPI_base + reserved */

/* MPIDR_EL1 Aff3.Aff2.Aff1.Aff0 packed as in GICR_TYPER[63:32]. */
static uint32_t my_affinity(void)
{
	uint64_t m = ukarch_sysreg_read(mpidr_el1);

	return (uint32_t)(((m >> 8) & 0xff000000ULL) | (m & 0xffffff));
}

static uint64_t search_region(uint64_t base, uint64_t size, uint32_t stride,
			      uint32_t aff)
{
	uint64_t at = base;

	while (at - base < size) {
		uint64_t typer = gic_read64(at + GICR_TYPER);

		if ((uint32_t)(typer >> 32) == aff)
			return at;
		if (typer & GICR_TYPER_LAST)
			break;
		at += stride ? stride
			     : (typer & GICR_TYPER_VLPIS ? GICR_FRAME_VLPI
							 : GICR_FRAME);
	}
	return 0;
}

uint64_t gic_v3_find_redist(const void *fdt, int node)
{
	uint32_t regions = 1, stride = 0, aff = my_affinity();
	uint64_t base, size, rd = 0;
	unsigned int i;

	uk_fdt_prop_u32(fdt, node, "#redistributor-regions", &regions);
	uk_fdt_prop_u32(fdt, node, "redistributor-stride", &stride);
	for (i = 1; i <= regions && !rd; i++) {
		if (uk_fdt_reg(fdt, node, i, &base, &size))
			break;
		rd = search_region(base, size, stride, aff);
	}
	return rd;
}
