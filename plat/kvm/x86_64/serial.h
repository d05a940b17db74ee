/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * serial.h - the COM1 16550 UART (I/O port 0x3f8) behind ukplat_coutk().
 */
#ifndef KVM_X86_64_SERIAL_H
#define KVM_X86_64_SERIAL_H

#include <stdbool.h>

/**
 * Program COM1 for 115200 baud, 8N1, FIFOs on, no interrupts. Done
 * lazily by ukplat_coutk() too, so early crash messages still appear.
 */
void kvm_serial_init(void);

/** True when nothing was written yet or the last character was '\n'. */
bool kvm_serial_at_line_start(void);

#endif /* KVM_X86_64_SERIAL_H */
