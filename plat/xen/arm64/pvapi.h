/* SPDX-License-Identifier: BSD-3-Clause */
/* pvapi.h - setting up uk/xen/platform.h's arm64 part at boot. */
#ifndef XEN_ARM64_PVAPI_H
#define XEN_ARM64_PVAPI_H

/** Find the grant-table region in the checked device tree fdt (or NULL). */
void xen_arm64_pvapi_init(const void *fdt);

/** The device tree given to xen_arm64_pvapi_init() (NULL if none). */
const void *xen_arm64_fdt(void);

#endif /* XEN_ARM64_PVAPI_H */
