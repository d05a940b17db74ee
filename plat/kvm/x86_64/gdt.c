/* SPDX-License-Identifier: BSD-3-Clause */
/* The 64-bit TSS: only its interrupt stack table is used. */
#include <stddef.h>
#include <stdint.h>
#include "boot.h"
#include "cpu.h"

#define IST_STACK_SIZE 8192
#define TSS_TYPE_AVAILABLE 0x89 /* present, DPL 0, 64-bit TSS (available) */

struct tss {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
} __attribute__((packed));

_Static_assert(sizeof(struct tss) == 104, "64-bit TSS is 104 bytes");

static struct tss tss __attribute__((aligned(16)));
static uint8_t fault_stack[IST_STACK_SIZE] __attribute__((aligned(16)));

void kvm_tss_init(void)
{
	uint64_t base = (uint64_t)(uintptr_t)&tss;
	uint64_t limit = sizeof(tss) - 1;

	tss.ist[KVM_IST_FAULT - 1] =
		(uint64_t)(uintptr_t)(fault_stack + sizeof(fault_stack));
	tss.iomap_base = sizeof(tss); /* no I/O permission bitmap */

	kvm_gdt[KVM_GDT_TSS / 8] =
		(limit & 0xffff) | ((base & 0xffffff) << 16) |
		((uint64_t)TSS_TYPE_AVAILABLE << 40) |
		(((limit >> 16) & 0xf) << 48) | (((base >> 24) & 0xff) << 56);
	kvm_gdt[KVM_GDT_TSS / 8 + 1] = base >> 32;

	__asm__ __volatile__("ltr %0"
			     :
			     : "r"((uint16_t)KVM_GDT_TSS)
			     : "memory");
}
