/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * kprint.h - minimal console printing for the platform's own messages
 * (crash dumps, warnings), on top of ukplat_coutk(). No formatting engine,
 * no allocation, usable from exception context.
 */
#ifndef KVM_KPRINT_H
#define KVM_KPRINT_H

#include <stdint.h>

/** Print a NUL-terminated string. */
void kvm_puts(const char *s);

/** Print v as "0x" followed by exactly `digits` hex digits (1..16). */
void kvm_puthex(uint64_t v, unsigned int digits);

/** Print v in decimal. */
void kvm_putdec(uint64_t v);

/** Print name, then v as 16 hex digits (register dumps). */
void kvm_putreg(const char *name, uint64_t v);

#endif /* KVM_KPRINT_H */
