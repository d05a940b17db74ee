/* SPDX-License-Identifier: BSD-3-Clause */
/* Messages for the UK_FDT_ERR_* codes. */
#include <uk/fdt.h>

const char *uk_fdt_strerror(int err)
{
	switch (err) {
	case 0: return "no error";
	case UK_FDT_ERR_NOTFOUND: return "not found";
	case UK_FDT_ERR_BADMAGIC: return "bad magic (not a device tree)";
	case UK_FDT_ERR_BADVERSION: return "unsupported version";
	case UK_FDT_ERR_TRUNCATED: return "truncated";
	case UK_FDT_ERR_BADLAYOUT:
		return "blocks outside the blob or misaligned";
	case UK_FDT_ERR_BADSTRUCT: return "malformed structure block";
	case UK_FDT_ERR_BADVALUE: return "malformed property value";
	case UK_FDT_ERR_BADOFFSET: return "not a node offset";
	case UK_FDT_ERR_TOODEEP: return "nodes nested too deeply";
	default: return "unknown error";
	}
}
