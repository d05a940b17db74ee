/* SPDX-License-Identifier: BSD-3-Clause */
/* INTIDs from a device tree "interrupts" property (GIC binding: 3 cells). */
#include <uk/fdt.h>
#include <uk/intctlr/gic.h>

#define TYPE_SPI 0
#define TYPE_PPI 1

int uk_gic_fdt_irq(const void *fdt, int node, unsigned int idx,
		   unsigned int *intid)
{
	uint32_t type, num;

	if (uk_fdt_prop_cell(fdt, node, "interrupts", 3 * idx, &type) ||
	    uk_fdt_prop_cell(fdt, node, "interrupts", 3 * idx + 1, &num))
		return UK_GIC_ERR_BADIRQ;
	if (type == TYPE_PPI && num < 16)
		*intid = UK_GIC_PPI(num);
	else if (type == TYPE_SPI && num < 988)
		*intid = UK_GIC_SPI(num);
	else
		return UK_GIC_ERR_BADIRQ;
	return 0;
}
