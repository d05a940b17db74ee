/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * atomic.h - what musl's fma.c takes from musl's internal atomic.h (libm
 * glue): the count of leading zero bits of a non-zero 64-bit value.
 */
#ifndef _LIBM_GLUE_ATOMIC_H
#define _LIBM_GLUE_ATOMIC_H
#include <stdint.h>

static inline int a_clz_64(uint64_t x) { return __builtin_clzll(x); }
#endif
