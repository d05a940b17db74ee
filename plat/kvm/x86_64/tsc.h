/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * tsc.h - the time-stamp counter as the monotonic clock of kvm-x86_64.
 *
 * Its frequency comes from CPUID leaf 0x15 when the CPU states it, else
 * from counting TSC cycles over 5 windows of 4 ms of the PIT, once, on
 * the first call that needs it (never at boot).
 */
#ifndef KVM_X86_64_TSC_H
#define KVM_X86_64_TSC_H

#include <stdint.h>

/** Note the TSC at boot: the monotonic clock's origin (setup.c). */
void kvm_tsc_mark_boot(void);
/** TSC cycles per second (calibrates on the first call). */
uint64_t kvm_tsc_hz(void);
/** Nanoseconds since boot. */
uint64_t kvm_tsc_now_ns(void);
/** The TSC value at which the monotonic clock reaches ns (rounded up). */
uint64_t kvm_tsc_at_ns(uint64_t ns);

#endif /* KVM_X86_64_TSC_H */
