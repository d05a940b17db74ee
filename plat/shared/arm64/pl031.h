/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * pl031.h - shared by the arm64 platforms (kvm, xen): ukplat_wall_clock()
 * from a PL031 real-time clock found in the device tree.
 */
#ifndef PLAT_ARM64_PL031_H
#define PLAT_ARM64_PL031_H

#include <stdbool.h>

/**
 * Find the RTC (compatible "arm,pl031") in the device tree. Without one
 * (a Xen domU) ukplat_wall_clock() counts from boot, as the API allows.
 */
void arm64_pl031_init(const void *fdt);

/** Whether arm64_pl031_init() found one (for tests). */
bool arm64_pl031_found(void);

#endif /* PLAT_ARM64_PL031_H */
