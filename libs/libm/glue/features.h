/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * features.h - musl's internal feature header, which its table headers
 * (exp_data.h, ...) include (libm glue). The two macros musl's math
 * takes from it, hidden and weak_alias, are defined for every upstream
 * file by upstream.cflags in uk.lib.ts, so this adds nothing; in a host
 * build it passes on to the host C library's own features.h.
 */
#if defined(__has_include_next)
#if __has_include_next(<features.h>)
#include_next <features.h>
#endif
#endif
