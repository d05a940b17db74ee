/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * endian.h - byte order for musl's libm.h (libm glue, private to libm's
 * compile), from the compiler's predefined macros; in a host build, the
 * host C library's endian.h.
 */
#if defined(__has_include_next) && __has_include_next(<endian.h>)
#include_next <endian.h>
#elif !defined(__BYTE_ORDER)
#define __LITTLE_ENDIAN __ORDER_LITTLE_ENDIAN__
#define __BIG_ENDIAN __ORDER_BIG_ENDIAN__
#define __BYTE_ORDER __BYTE_ORDER__
#endif
