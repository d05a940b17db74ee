/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * kprint.h - the platform's own messages (warnings, crash dumps) on top
 * of ukplat_coutk(): no formatting engine, no allocation, usable from a
 * trap handler.
 */
#ifndef XEN_COMMON_KPRINT_H
#define XEN_COMMON_KPRINT_H

#include <stdint.h>

/** Print a NUL-terminated string. */
void xen_puts(const char *s);

/**
 * Print v in base 16 ("0x" and exactly width digits, width 1..16) or
 * base 10 (as many digits as needed; width ignored).
 */
void xen_putnum(uint64_t v, unsigned int base, unsigned int width);

/** Print label, then v as 16 hex digits. */
void xen_putreg(const char *label, uint64_t v);

#endif /* XEN_COMMON_KPRINT_H */
