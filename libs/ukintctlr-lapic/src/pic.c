/* SPDX-License-Identifier: BSD-3-Clause */
/* The legacy 8259 PICs: ukraft never uses them, it only masks them. */
#include <uk/arch/io.h>
#include <uk/intctlr/lapic.h>

#define PIC1_DATA 0x21
#define PIC2_DATA 0xa1

void uk_pic8259_mask_all(void)
{
	ukarch_outb(PIC1_DATA, 0xff);
	ukarch_outb(PIC2_DATA, 0xff);
}
