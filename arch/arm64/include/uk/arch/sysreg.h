/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk/arch/sysreg.h - reading and writing arm64 system registers by name.
 *
 *   uint64_t v = ukarch_sysreg_read(sctlr_el1);
 *   ukarch_sysreg_write(vbar_el1, addr);
 *
 * The name is pasted into mrs/msr, so it must be a register the
 * assembler knows (or an s<op0>_<op1>_c<n>_c<m>_<op2> encoding). A write
 * is not synchronized: follow it with ukarch_isb() where later
 * instructions depend on it.
 */
#ifndef UK_ARCH_SYSREG_H
#define UK_ARCH_SYSREG_H

#ifndef __ASSEMBLY__
#include <stdint.h>

/** Read system register reg (a bare name such as esr_el1). */
#define ukarch_sysreg_read(reg)                                    \
	({                                                         \
		uint64_t __v;                                      \
		__asm__ __volatile__("mrs %0, " #reg : "=r"(__v)); \
		__v;                                               \
	})

/** Write the 64-bit value v to system register reg. */
#define ukarch_sysreg_write(reg, v)                     \
	do {                                            \
		uint64_t __v = (uint64_t)(v);           \
		__asm__ __volatile__("msr " #reg ", %0" \
				     :                  \
				     : "r"(__v)         \
				     : "memory");       \
	} while (0)

/** The current exception level (0-3), from CurrentEL. */
static inline unsigned int ukarch_current_el(void)
{
	return (unsigned int)((ukarch_sysreg_read(CurrentEL) >> 2) & 3);
}

#endif /* !__ASSEMBLY__ */
#endif /* UK_ARCH_SYSREG_H */
