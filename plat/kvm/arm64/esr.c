/* SPDX-License-Identifier: BSD-3-Clause */
/* Exception classes and fault status codes, from the Arm ARM (ESR_EL1). */
#include <stddef.h>
#include "esr.h"

static const char *const ec_names[64] = {
	[0x00] = "unknown reason (undefined instruction)",
	[0x01] = "trapped WFI/WFE",
	[0x03] = "trapped MCR/MRC (AArch32 cp15)",
	[0x04] = "trapped MCRR/MRRC (AArch32 cp15)",
	[0x05] = "trapped MCR/MRC (AArch32 cp14)",
	[0x06] = "trapped LDC/STC (AArch32 cp14)",
	[0x07] = "SVE/SIMD/floating-point access trapped",
	[0x0c] = "trapped MRRC (AArch32 cp14)",
	[0x0d] = "branch target exception",
	[0x0e] = "illegal execution state",
	[0x11] = "SVC (AArch32)",
	[0x15] = "SVC (AArch64)",
	[0x16] = "HVC (AArch64)",
	[0x17] = "SMC (AArch64)",
	[0x18] = "trapped MSR/MRS/system instruction",
	[0x19] = "SVE access trapped",
	[0x1c] = "pointer authentication failure",
	[0x20] = "instruction abort, lower EL",
	[0x21] = "instruction abort, same EL",
	[0x22] = "PC alignment fault",
	[0x24] = "data abort, lower EL",
	[0x25] = "data abort, same EL",
	[0x26] = "SP alignment fault",
	[0x28] = "floating-point exception (AArch32)",
	[0x2c] = "floating-point exception (AArch64)",
	[0x2f] = "SError interrupt",
	[0x30] = "breakpoint, lower EL",
	[0x31] = "breakpoint, same EL",
	[0x32] = "software step, lower EL",
	[0x33] = "software step, same EL",
	[0x34] = "watchpoint, lower EL",
	[0x35] = "watchpoint, same EL",
	[0x38] = "BKPT (AArch32)",
	[0x3c] = "BRK (AArch64)",
};

const char *kvm_arm64_ec_name(unsigned int ec)
{
	const char *n = ec < 64 ? ec_names[ec] : NULL;

	return n ? n : "reserved exception class";
}

const char *kvm_arm64_fsc_name(unsigned int fsc, int *level)
{
	*level = (int)(fsc & 3);
	switch (fsc & 0x3c) {
	case 0x00: return "address size fault";
	case 0x04: return "translation fault";
	case 0x08: return "access flag fault";
	case 0x0c: return "permission fault";
	default: break;
	}
	*level = -1;
	switch (fsc) {
	case 0x10: return "synchronous external abort";
	case 0x11: return "synchronous tag check fault";
	case 0x18: return "synchronous parity/ECC error";
	case 0x21: return "alignment fault";
	case 0x30: return "TLB conflict abort";
	default: return "other fault";
	}
}
