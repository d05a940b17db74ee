/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pit.h - the 8254 PIT as a reference clock for calibration only: its
 * channel 0 counts at 1.193182 MHz. Its interrupt (IRQ 0) stays masked,
 * except as the NMI of the profiling tick (prof.c).
 */
#ifndef KVM_X86_64_PIT_H
#define KVM_X86_64_PIT_H

/** PIT input clock in Hz. */
#define KVM_PIT_HZ 1193182u

/**
 * Busy-wait until channel 0 has counted at least ticks (wraps of its
 * 16-bit counter are followed, as long as two reads are less than one
 * period, 55 ms, apart). If cycles and counted are given, they get the
 * TSC cycles and the PIT ticks between the first and the last read of
 * the counter: a measurement free of the set-up and overshoot. Returns
 * 0, or -1 if the counter does not move (no PIT) for max_tsc cycles.
 */
int kvm_pit_wait(unsigned int ticks, unsigned long long max_tsc,
		 unsigned long long *cycles, unsigned int *counted);

/**
 * Channel 0 as a rate generator: its output pulses (IRQ 0) every count
 * ticks (1 .. 65535, 0 for 65536). For the profiling tick (prof.c), which
 * calibrates the TSC first: kvm_pit_wait() reprograms the channel.
 */
void kvm_pit_periodic(unsigned int count);

#endif /* KVM_X86_64_PIT_H */
