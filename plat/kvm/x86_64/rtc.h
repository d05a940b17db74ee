/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * rtc.h - the CMOS real-time clock (MC146818), read once for the wall
 * clock.
 */
#ifndef KVM_X86_64_RTC_H
#define KVM_X86_64_RTC_H

#include <stdint.h>

/** Seconds since 1970-01-01 UTC now (the RTC keeps UTC on QEMU), or 0
 * if there is no RTC or it reads nonsense. Waits out an update in
 * progress (at most ~2 ms). */
uint64_t kvm_rtc_epoch_seconds(void);

#endif /* KVM_X86_64_RTC_H */
