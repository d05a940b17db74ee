/* SPDX-License-Identifier: BSD-3-Clause */
/* pvapi.h - setting up uk/xen/platform.h's x86_64 PV part at boot. */
#ifndef XEN_X86_64_PVAPI_H
#define XEN_X86_64_PVAPI_H

#include "startinfo.h"

/** Keep what uk/xen/platform.h needs from start_info (p2m, xenstore). */
void xen_pvapi_init(const struct xen_start_info *si);

#endif /* XEN_X86_64_PVAPI_H */
