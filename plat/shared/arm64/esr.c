/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Names for crash dumps: exception classes and fault status codes (from
 * the Arm ARM, ESR_EL1) and the vector entries.
 *
 * Each list is one string of entries, a one-byte key followed by a
 * NUL-terminated name, ended by the key 0xff: no array of pointers, so
 * no pointer table and nothing for a position-independent image
 * (xen-arm64) to relocate at boot.
 */
#include <stddef.h>
#include "esr.h"

#define END "\xff"

/* clang-format off */

/* Keyed by the exception class, ESR bits 31:26 (ARM64_EC_*). */
static const char ec_names[] =
	"\x00" "unknown reason (undefined instruction)\0"
	"\x01" "trapped WFI/WFE\0"
	"\x03" "trapped MCR/MRC (AArch32 cp15)\0"
	"\x04" "trapped MCRR/MRRC (AArch32 cp15)\0"
	"\x05" "trapped MCR/MRC (AArch32 cp14)\0"
	"\x06" "trapped LDC/STC (AArch32 cp14)\0"
	"\x07" "SVE/SIMD/floating-point access trapped\0"
	"\x0c" "trapped MRRC (AArch32 cp14)\0"
	"\x0d" "branch target exception\0"
	"\x0e" "illegal execution state\0"
	"\x11" "SVC (AArch32)\0"
	"\x15" "SVC (AArch64)\0"
	"\x16" "HVC (AArch64)\0"
	"\x17" "SMC (AArch64)\0"
	"\x18" "trapped MSR/MRS/system instruction\0"
	"\x19" "SVE access trapped\0"
	"\x1c" "pointer authentication failure\0"
	"\x20" "instruction abort, lower EL\0"
	"\x21" "instruction abort, same EL\0"
	"\x22" "PC alignment fault\0"
	"\x24" "data abort, lower EL\0"
	"\x25" "data abort, same EL\0"
	"\x26" "SP alignment fault\0"
	"\x28" "floating-point exception (AArch32)\0"
	"\x2c" "floating-point exception (AArch64)\0"
	"\x2f" "SError interrupt\0"
	"\x30" "breakpoint, lower EL\0"
	"\x31" "breakpoint, same EL\0"
	"\x32" "software step, lower EL\0"
	"\x33" "software step, same EL\0"
	"\x34" "watchpoint, lower EL\0"
	"\x35" "watchpoint, same EL\0"
	"\x38" "BKPT (AArch32)\0"
	"\x3c" "BRK (AArch64)\0"
	END;

/* Fault status codes with a translation level in bits 1:0, by bits 5:2. */
static const char fsc_level_names[] =
	"\x00" "address size fault\0"
	"\x04" "translation fault\0"
	"\x08" "access flag fault\0"
	"\x0c" "permission fault\0"
	END;

/* The other fault status codes. */
static const char fsc_names[] =
	"\x10" "synchronous external abort\0"
	"\x11" "synchronous tag check fault\0"
	"\x18" "synchronous parity/ECC error\0"
	"\x21" "alignment fault\0"
	"\x30" "TLB conflict abort\0"
	END;

/* Vector entries: kind (entry & 3) and where from (entry >> 2). */
static const char kinds[] =
	"\x00" "synchronous\0"
	"\x01" "IRQ\0"
	"\x02" "FIQ\0"
	"\x03" "SError\0"
	END;
static const char origins[] =
	"\x00" "EL1 on SP_EL0\0"
	"\x01" "EL1 on SP_EL1\0"
	"\x02" "lower EL (AArch64)\0"
	"\x03" "lower EL (AArch32)\0"
	END;

/* clang-format on */

/* The name of key in a list, or NULL. */
static const char *lookup(const char *list, unsigned int key)
{
	while ((unsigned char)*list != 0xff) {
		if ((unsigned char)*list == key)
			return list + 1;
		list++;
		while (*list++)
			;
	}
	return NULL;
}

const char *arm64_ec_name(unsigned int ec)
{
	const char *n = lookup(ec_names, ec);

	return n ? n : "reserved exception class";
}

const char *arm64_fsc_name(unsigned int fsc, int *level)
{
	const char *n = lookup(fsc_level_names, fsc & 0x3c);

	if (n) {
		*level = (int)(fsc & 3);
		return n;
	}
	*level = -1;
	n = lookup(fsc_names, fsc);
	return n ? n : "other fault";
}

const char *arm64_vector_kind(unsigned long entry)
{
	return lookup(kinds, (unsigned int)(entry & 3));
}

const char *arm64_vector_origin(unsigned long entry)
{
	return lookup(origins, (unsigned int)((entry >> 2) & 3));
}
