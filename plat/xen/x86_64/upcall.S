/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The event callback (upcall) and failsafe callback of the x86_64 PV
 * guest, registered by upcall.c.
 *
 * Xen enters the event callback on the current kernel stack with the
 * frame it builds for exceptions, lowest address first: rcx, r11 (which
 * its return path clobbered), then rip, cs, rflags, rsp, ss. The saved
 * cs carries the old evtchn_upcall_mask in bits 32-39 and rflags.IF is
 * its inverse; Xen has set the mask to 1. We save every general
 * register and the x87/SSE state (the C handlers may use SSE), call
 * xen_evtchn_upcall() on a 16-byte aligned stack, restore, and return
 * through HYPERVISOR_iret: its hypercall-page stub is jumped to (not
 * called) with the frame flags, rip, cs, rflags, rsp, ss on the stack;
 * it pushes rcx, r11 and rax itself. iret restores the interrupted
 * context and sets evtchn_upcall_mask to !rflags.IF, i.e. as it was.
 */
#include <uk/arch/regs.h>
#include "../common/xen.h"

#define FXSAVE_SIZE 512

	.section .text.xen_upcall, "ax"
	.code64
	.globl xen_upcall_entry, xen_failsafe_entry

xen_upcall_entry:
	popq %rcx
	popq %r11
	UKARCH_PUSH_GPRS
	movq %rsp, %rbx             /* callee-saved: the frame */
	andq $-16, %rsp
	subq $FXSAVE_SIZE, %rsp
	fxsave64 (%rsp)
	cld
	call xen_evtchn_upcall
	fxrstor64 (%rsp)
	movq %rbx, %rsp
	UKARCH_POP_GPRS
	pushq $0                    /* iret flags: not in a syscall */
	jmp xen_hypercall_page + XEN_HC_IRET * 32

/* Fatal: no need to keep anything but a usable stack. */
xen_failsafe_entry:
	andq $-16, %rsp
	xorl %ebp, %ebp
	call xen_failsafe
1:	ud2
	jmp 1b
