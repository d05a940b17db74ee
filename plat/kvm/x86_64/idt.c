/* SPDX-License-Identifier: BSD-3-Clause */
/* The IDT: interrupt gates for the 32 exception vectors and the LAPIC's;
 * irq.c adds the device vectors' when it is first used. */
#include <stdint.h>
#include "boot.h"
#include "cpu.h"

#define GATE_INTERRUPT 0x8e /* present, DPL 0, 64-bit interrupt gate */

struct idt_gate {
	uint16_t off_lo;
	uint16_t selector;
	uint8_t ist;
	uint8_t type;
	uint16_t off_mid;
	uint32_t off_hi;
	uint32_t reserved;
};

_Static_assert(sizeof(struct idt_gate) == 16, "IDT gates are 16 bytes");

static struct idt_gate idt[256] __attribute__((aligned(16)));

/* Vectors that may arrive on a broken stack get the IST stack. */
static uint8_t ist_for(unsigned int vec)
{
	return (vec == 2 || vec == 8 || vec == 18) ? KVM_IST_FAULT : 0;
}

void kvm_idt_set_gate(unsigned int v, uint64_t a)
{
	idt[v].off_lo = (uint16_t)a;
	idt[v].selector = KVM_GDT_CODE64;
	idt[v].ist = ist_for(v);
	idt[v].type = GATE_INTERRUPT;
	idt[v].off_mid = (uint16_t)(a >> 16);
	idt[v].off_hi = (uint32_t)(a >> 32);
	idt[v].reserved = 0;
}

void kvm_idt_init(void)
{
	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) idtr;
	unsigned int v;

	for (v = 0; v < 32; v++)
		kvm_idt_set_gate(v, kvm_trap_stubs[v]);
	kvm_idt_set_gate(KVM_VEC_TIMER, kvm_irq_stubs[0]);
	kvm_idt_set_gate(KVM_VEC_SPURIOUS, kvm_irq_stubs[1]);
	idtr.limit = sizeof(idt) - 1;
	idtr.base = (uint64_t)(uintptr_t)idt;
	__asm__ __volatile__("lidt %0" : : "m"(idtr) : "memory");
}
