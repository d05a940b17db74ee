/* SPDX-License-Identifier: BSD-3-Clause */
/* Readable UK_GIC_ERR_* codes. */
#include <uk/intctlr/gic.h>

const char *uk_gic_strerror(int err)
{
	switch (err) {
	case 0: return "no error";
	case UK_GIC_ERR_NOTFOUND: return "no GICv2 or GICv3 in the device tree";
	case UK_GIC_ERR_BADREG: return "the GIC node's reg lacks a region";
	case UK_GIC_ERR_NOSYSREG:
		return "GICv3 system registers disabled (ICC_SRE_EL1.SRE stays 0)";
	case UK_GIC_ERR_NOREDIST: return "no GICv3 redistributor for this CPU";
	case UK_GIC_ERR_ASLEEP:
		return "the GICv3 redistributor did not wake up";
	case UK_GIC_ERR_BADIRQ: return "no such interrupt, or not a PPI or SPI";
	default: return "unknown error";
	}
}
